import { ValidationError } from '../shared/errors.js';
import { EVENT_TYPES, type EventInput, type EventType } from './types.js';
import { isValidTimeZone, parseLocalDateTime, zonedInstant } from './zoned-time.js';
import { say, type ErrorText } from '../shared/error-text.js';

/**
 * An event as an admin types it: start and end are wall-clock times ("2026-03-29T10:00") in the
 * event's IANA time zone, the way a calendar form asks for them.
 */
export interface EventDraft {
  title: string;
  description?: string | null;
  type: string;
  start: string;
  end: string;
  timeZone: string;
  meetingUrl?: string | null;
  location?: string | null;
  capacity?: number | null;
  audienceNote?: string | null;
}

export const EVENT_LIMITS = { title: 120, description: 4000, location: 200, audienceNote: 300, url: 2000, capacity: 100_000, maxDays: 14 } as const;

const clean = (v: string | null | undefined): string => (v ?? '').trim();

function optionalText(value: string | null | undefined, max: number, field: string, fields: Record<string, ErrorText>): string | null {
  const text = clean(value);
  if (text.length > max) fields[field] = say('errors.events.field.tooLong', { max });
  return text || null;
}

/** Only web links a person can open: https, or http for a local test server. */
function checkUrl(value: string | null | undefined, fields: Record<string, ErrorText>): string | null {
  const text = clean(value);
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) throw new Error('scheme');
    if (text.length > EVENT_LIMITS.url) throw new Error('long');
    return url.toString();
  } catch {
    fields.meetingUrl = say('errors.events.field.meetingUrl');
    return null;
  }
}

/**
 * Turns a draft into a checked event input, resolving the wall times in the zone to UTC. Every
 * problem is reported at once, next to its field, in words for the admin.
 */
export function checkEventDraft(draft: EventDraft): EventInput {
  const fields: Record<string, ErrorText> = {};
  const title = clean(draft.title);
  if (!title) fields.title = say('errors.events.field.titleMissing');
  else if (title.length > EVENT_LIMITS.title) fields.title = say('errors.events.field.titleTooLong', { max: EVENT_LIMITS.title });
  const description = clean(draft.description);
  if (description.length > EVENT_LIMITS.description) fields.description = say('errors.events.field.descriptionTooLong', { max: EVENT_LIMITS.description });
  const type = EVENT_TYPES.find((t) => t === clean(draft.type)) as EventType | undefined;
  if (!type) fields.type = say('errors.events.field.type', { options: EVENT_TYPES.join(', ') });

  const timeZone = clean(draft.timeZone);
  const zoneOk = isValidTimeZone(timeZone);
  if (!zoneOk) fields.timeZone = say('errors.events.field.timeZone');
  const start = parseLocalDateTime(clean(draft.start));
  const end = parseLocalDateTime(clean(draft.end));
  if (!start) fields.start = say('errors.events.field.start');
  if (!end) fields.end = say('errors.events.field.end');
  let startsAt = '';
  let endsAt = '';
  if (start && end && zoneOk) {
    const s = zonedInstant(start, timeZone);
    const e = zonedInstant(end, timeZone);
    if (e.getTime() <= s.getTime()) fields.end = say('errors.events.field.endAfterStart');
    else if (e.getTime() - s.getTime() > EVENT_LIMITS.maxDays * 86_400_000) fields.end = say('errors.events.field.maxDays', { max: EVENT_LIMITS.maxDays });
    startsAt = s.toISOString();
    endsAt = e.toISOString();
  }

  const meetingUrl = checkUrl(draft.meetingUrl, fields);
  const location = optionalText(draft.location, EVENT_LIMITS.location, 'location', fields);
  const audienceNote = optionalText(draft.audienceNote, EVENT_LIMITS.audienceNote, 'audienceNote', fields);
  const capacity = draft.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > EVENT_LIMITS.capacity))
    fields.capacity = say('errors.events.field.capacity', { max: EVENT_LIMITS.capacity });
  if (!meetingUrl && !location && !fields.meetingUrl) fields.meetingUrl = say('errors.events.field.where');

  if (Object.keys(fields).length) throw new ValidationError(say('errors.checkFields', { fields: Object.keys(fields).join(', ') }), fields);
  return { title, description, type: type!, startsAt, endsAt, timeZone, meetingUrl, location, capacity, audienceNote };
}
