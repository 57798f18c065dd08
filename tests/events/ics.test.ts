import assert from 'node:assert/strict';
import { eventIcs, foldLine, icsText } from '../../src/domain/events/ics.js';
import type { CommunityEvent } from '../../src/domain/events/types.js';
import { transitionsBetween, vtimezone } from '../../src/domain/events/vtimezone.js';

function event(overrides: Partial<CommunityEvent> = {}): CommunityEvent {
  return {
    id: '6f1c2d3e-0000-4000-8000-000000000001',
    title: 'Power Automate office hours',
    description: 'Bring your flows; we debug together.',
    type: 'office-hours',
    startsAt: '2026-03-29T08:00:00.000Z',
    endsAt: '2026-03-29T09:00:00.000Z',
    timeZone: 'Europe/Berlin',
    meetingUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    location: null,
    capacity: 30,
    audienceNote: null,
    status: 'scheduled',
    version: 1,
    scheduleVersion: 1,
    rsvpVersion: 0,
    createdBy: null,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
    cancelledAt: null,
    cancelReason: null,
    ...overrides,
  };
}

/** Unfolds and splits an iCalendar text into its content lines. */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');
const OPTIONS = { uidDomain: 'makerhub.contoso.com', pageUrl: 'https://makerhub.contoso.com/events/x' };

describe('events: .ics calendar files', () => {
  it('when an event is exported, then it starts at its wall time in its zone with a VTIMEZONE that has the DST change', () => {
    const ics = eventIcs(event(), OPTIONS);
    const l = lines(ics);
    assert.ok(ics.endsWith('\r\n') && !/[^\r]\n/.test(ics), 'CRLF line endings');
    assert.ok(l.includes('DTSTART;TZID=Europe/Berlin:20260329T100000'));
    assert.ok(l.includes('DTEND;TZID=Europe/Berlin:20260329T110000'));
    assert.ok(l.includes('TZID:Europe/Berlin'));
    const tz = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    assert.match(tz, /BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0200/);
    assert.match(tz, /BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:\+0200\r\nTZOFFSETTO:\+0100/);
    assert.ok(l.includes('METHOD:PUBLISH') && l.includes('STATUS:CONFIRMED'));
  });

  it('when an event is updated and then cancelled, then the UID stays and SEQUENCE grows, ending with a cancellation', () => {
    const first = lines(eventIcs(event(), OPTIONS));
    const moved = lines(eventIcs(event({ version: 2, startsAt: '2026-03-29T09:00:00.000Z', endsAt: '2026-03-29T10:00:00.000Z' }), OPTIONS));
    const cancelled = lines(eventIcs(event({ version: 3, status: 'cancelled' }), OPTIONS));
    const uid = first.find((x) => x.startsWith('UID:'));
    assert.equal(uid, 'UID:event-6f1c2d3e-0000-4000-8000-000000000001@makerhub.contoso.com');
    assert.equal(moved.find((x) => x.startsWith('UID:')), uid);
    assert.equal(cancelled.find((x) => x.startsWith('UID:')), uid);
    assert.deepEqual([first, moved, cancelled].map((l) => l.find((x) => x.startsWith('SEQUENCE:'))), ['SEQUENCE:0', 'SEQUENCE:1', 'SEQUENCE:2']);
    assert.ok(moved.includes('DTSTART;TZID=Europe/Berlin:20260329T110000'));
    assert.ok(cancelled.includes('METHOD:CANCEL') && cancelled.includes('STATUS:CANCELLED'));
  });

  it('when text has commas, semicolons, newlines and long non-ASCII runs, then it is escaped and folded at 75 octets without splitting characters', () => {
    assert.equal(icsText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'Übung für Café-Besitzer, '.repeat(8)}`;
    const folded = foldLine(long);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part, 'utf8') <= 75, part);
    assert.equal(folded.replace(/\r\n /g, ''), long);
    const ics = eventIcs(event({ title: 'Q&A; tips, tricks', description: 'Line one\nLine two' }), OPTIONS);
    assert.ok(lines(ics).includes('SUMMARY:Q&A\\; tips\\, tricks'));
  });

  it('when a zone has no DST, then its VTIMEZONE has one standard observance; a southern zone gets both', () => {
    const tokyo = vtimezone('Asia/Tokyo', new Date('2026-06-01T00:00:00Z')).join('\n');
    assert.equal((tokyo.match(/BEGIN:STANDARD/g) ?? []).length, 1);
    assert.match(tokyo, /TZOFFSETTO:\+0900/);
    const sydney = transitionsBetween('Australia/Sydney', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    assert.deepEqual(sydney.map((t) => [t.at.toISOString(), t.from, t.to]), [
      ['2026-04-04T16:00:00.000Z', 660, 600],
      ['2026-10-03T16:00:00.000Z', 600, 660],
    ]);
  });
});
