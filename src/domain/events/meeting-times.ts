/**
 * The Teams meeting the event form asks Graph for: its subject and UTC times, read from the form's
 * own fields (local times in the form's zone). Checked here, before any Graph call, so a wrong form
 * costs no token and the answer names the form's fields as the event form itself would.
 */
import { say, type ErrorText } from '../shared/error-text.js';
import { ValidationError } from '../shared/errors.js';
import { EVENT_LIMITS } from './validation.js';
import { isValidTimeZone, parseLocalDateTime, zonedInstant } from './zoned-time.js';

/** The event form's fields a meeting is made from, as typed ("2031-03-04T10:00", "Europe/Berlin"). */
export interface MeetingForm {
  title: string;
  start: string;
  end: string;
  timeZone: string;
}

export interface MeetingTimes {
  subject: string;
  /** ISO 8601 in UTC, as Graph's onlineMeeting takes it. */
  startDateTime: string;
  endDateTime: string;
}

/** The meeting's subject and UTC times; a ValidationError naming every wrong field otherwise. */
export function meetingTimes(form: MeetingForm): MeetingTimes {
  const fields: Record<string, ErrorText> = {};
  const subject = form.title.trim();
  if (!subject) fields.title = say('errors.server.meetingTitle');
  else if (subject.length > EVENT_LIMITS.title) fields.title = say('errors.events.field.titleTooLong', { max: EVENT_LIMITS.title });
  const timeZone = form.timeZone.trim();
  const zoneOk = isValidTimeZone(timeZone);
  if (!zoneOk) fields.timeZone = say('errors.events.field.timeZone');
  const start = parseLocalDateTime(form.start.trim());
  const end = parseLocalDateTime(form.end.trim());
  if (!start) fields.start = say('errors.events.field.start');
  if (!end) fields.end = say('errors.events.field.end');
  if (start && end && zoneOk) {
    const s = zonedInstant(start, timeZone);
    const e = zonedInstant(end, timeZone);
    if (e.getTime() <= s.getTime()) fields.end = say('errors.events.field.endAfterStart');
    if (!Object.keys(fields).length) return { subject, startDateTime: s.toISOString(), endDateTime: e.toISOString() };
  }
  throw new ValidationError(say('errors.checkFields', { fields: Object.keys(fields).join(', ') }), fields);
}
