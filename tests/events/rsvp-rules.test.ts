import assert from 'node:assert/strict';
import { decideRsvp, freeSeats, standingOf, waitlistOrder } from '../../src/domain/events/rsvp-rules.js';
import type { Rsvp } from '../../src/domain/events/types.js';
import { checkEventDraft } from '../../src/domain/events/validation.js';
import { ValidationError } from '../../src/domain/shared/errors.js';

const AT = '2026-05-01T10:00:00.000Z';
const rsvp = (userId: string, response: Rsvp['response'], waitlisted = false, goingSince: string | null = null): Rsvp => ({ eventId: 'e', userId, response, waitlisted, goingSince, updatedAt: AT });

describe('events: RSVP rules', () => {
  it('when seats are free, then "going" takes one; when full, then it joins the wait list', () => {
    assert.equal(decideRsvp({ id: 'e', capacity: 2 }, 'u', undefined, 'going', 1, AT).after, 'going');
    const full = decideRsvp({ id: 'e', capacity: 2 }, 'u', undefined, 'going', 2, AT);
    assert.equal(full.after, 'waitlisted');
    assert.equal(full.write?.waitlisted, true);
    assert.equal(decideRsvp({ id: 'e', capacity: null }, 'u', undefined, 'going', 10_000, AT).after, 'going');
  });

  it('when the same answer is given twice, then nothing is written (a double click changes nothing)', () => {
    const d = decideRsvp({ id: 'e', capacity: 1 }, 'u', rsvp('u', 'going', true, AT), 'going', 1, AT);
    assert.equal(d.write, null);
    assert.equal(d.after, 'waitlisted');
  });

  it('when seats free up, then the wait list is served first come first served and a lowered capacity demotes nobody', () => {
    const line = waitlistOrder([rsvp('c', 'going', true, '2026-05-01T10:02:00Z'), rsvp('a', 'going', false, '2026-05-01T10:00:00Z'), rsvp('b', 'going', true, '2026-05-01T10:01:00Z'), rsvp('d', 'maybe')]);
    assert.deepEqual(line.map((r) => r.userId), ['b', 'c']);
    assert.equal(freeSeats(3, 2, 2), 1);
    assert.equal(freeSeats(1, 3, 2), 0);
    assert.equal(freeSeats(null, 50, 2), 2);
    assert.equal(standingOf(rsvp('x', 'not-going')), 'not-going');
    assert.equal(standingOf(undefined), null);
  });
});

describe('events: what admins enter', () => {
  const draft = { title: 'Office hours', type: 'office-hours', start: '2026-03-29T10:00', end: '2026-03-29T11:00', timeZone: 'Europe/Berlin', meetingUrl: 'https://teams.microsoft.com/l/meetup-join/1' };

  it('when a draft is valid, then its wall times are stored as UTC instants of its zone', () => {
    const input = checkEventDraft(draft);
    assert.equal(input.startsAt, '2026-03-29T08:00:00.000Z');
    assert.equal(input.endsAt, '2026-03-29T09:00:00.000Z');
    assert.equal(input.capacity, null);
  });

  it('when a draft has many problems, then each is named next to its field', () => {
    try {
      checkEventDraft({ title: '', type: 'party', start: '2026-03-29T10:00', end: '2026-03-29T09:00', timeZone: 'Nowhere/City', meetingUrl: 'javascript:alert(1)', capacity: 0 });
      assert.fail('expected a ValidationError');
    } catch (error) {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(Object.keys(error.fields).sort(), ['capacity', 'meetingUrl', 'timeZone', 'title', 'type']);
    }
    assert.throws(() => checkEventDraft({ ...draft, end: '2026-03-29T09:00' }), (e: ValidationError) => /end after/.test(e.fields.end ?? ''));
    assert.throws(() => checkEventDraft({ ...draft, meetingUrl: null }), (e: ValidationError) => /meeting link or a location/.test(e.fields.meetingUrl ?? ''));
  });
});
