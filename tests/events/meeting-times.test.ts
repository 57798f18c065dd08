import assert from 'node:assert/strict';
import { meetingTimes } from '../../src/domain/events/meeting-times.js';
import { EVENT_LIMITS } from '../../src/domain/events/validation.js';
import { ValidationError } from '../../src/domain/shared/errors.js';

const FORM = { title: 'Power Automate office hours', start: '2031-03-04T10:00', end: '2031-03-04T11:00', timeZone: 'Europe/Berlin' };

/** The field names a wrong form is refused with (and that it is refused as a ValidationError). */
function refusedFields(form: typeof FORM): string[] {
  try {
    meetingTimes(form);
  } catch (error) {
    assert.ok(error instanceof ValidationError, String(error));
    return Object.keys(error.fields).sort();
  }
  assert.fail('the form was accepted');
}

describe('events: the Teams meeting times from the event form', () => {
  it('when the form holds Berlin times in winter and in summer, then Graph gets them in UTC with the trimmed title as subject', () => {
    assert.deepEqual(meetingTimes({ ...FORM, title: '  Power Automate office hours ' }), { subject: FORM.title, startDateTime: '2031-03-04T09:00:00.000Z', endDateTime: '2031-03-04T10:00:00.000Z' });
    const summer = meetingTimes({ ...FORM, start: '2031-07-04T10:00', end: '2031-07-04T11:30', timeZone: ' Europe/Berlin ' });
    assert.equal(summer.startDateTime, '2031-07-04T08:00:00.000Z');
    assert.equal(summer.endDateTime, '2031-07-04T09:30:00.000Z');
  });

  it('when the meeting crosses the night the clocks go back, then it lasts the real hours between the two wall times', () => {
    const night = meetingTimes({ ...FORM, start: '2031-10-25T23:00', end: '2031-10-26T04:00' });
    assert.equal(Date.parse(night.endDateTime) - Date.parse(night.startDateTime), 6 * 3_600_000);
  });

  it('when the title is blank or too long, then the title field is named', () => {
    assert.deepEqual(refusedFields({ ...FORM, title: '   ' }), ['title']);
    assert.deepEqual(refusedFields({ ...FORM, title: 'x'.repeat(EVENT_LIMITS.title + 1) }), ['title']);
    assert.equal(meetingTimes({ ...FORM, title: 'x'.repeat(EVENT_LIMITS.title) }).subject.length, EVENT_LIMITS.title);
  });

  it('when the zone or a time cannot be read, then each wrong field is named', () => {
    assert.deepEqual(refusedFields({ ...FORM, timeZone: 'Europe/Atlantis' }), ['timeZone']);
    assert.deepEqual(refusedFields({ ...FORM, start: 'tomorrow', end: '2031-02-30T10:00' }), ['end', 'start']);
  });

  it('when the end is not after the start, then the end is named, also when the title is wrong too', () => {
    assert.deepEqual(refusedFields({ ...FORM, end: FORM.start }), ['end']);
    assert.deepEqual(refusedFields({ ...FORM, title: '', end: '2031-03-04T09:00' }), ['end', 'title']);
  });
});
