import { ValidationError } from '../shared/errors.js';
import { EVENT_TYPES, type EventInput, type EventType } from './types.js';
import { isValidTimeZone, parseLocalDateTime, zonedInstant } from './zoned-time.js';

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

function optionalText(value: string | null | undefined, max: number, field: string, fields: Record<string, string>): string | null {
  const text = clean(value);
  if (text.length > max) fields[field] = `Keep it under ${max} characters.`;
  return text || null;
}

/** Only web links a person can open: https, or http for a local test server. */
function checkUrl(value: string | null | undefined, fields: Record<string, string>): string | null {
  const text = clean(value);
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))) throw new Error('scheme');
    if (text.length > EVENT_LIMITS.url) throw new Error('long');
    return url.toString();
  } catch {
    fields.meetingUrl = 'Enter the full https:// link of the online meeting.';
    return null;
  }
}

/**
 * Turns a draft into a checked event input, resolving the wall times in the zone to UTC. Every
 * problem is reported at once, next to its field, in words for the admin.
 */
export function checkEventDraft(draft: EventDraft): EventInput {
  const fields: Record<string, string> = {};
  const title = clean(draft.title);
  if (!title) fields.title = 'Give the event a title.';
  else if (title.length > EVENT_LIMITS.title) fields.title = `Keep the title under ${EVENT_LIMITS.title} characters.`;
  const description = clean(draft.description);
  if (description.length > EVENT_LIMITS.description) fields.description = `Keep the description under ${EVENT_LIMITS.description} characters.`;
  const type = EVENT_TYPES.find((t) => t === clean(draft.type)) as EventType | undefined;
  if (!type) fields.type = `Choose one of: ${EVENT_TYPES.join(', ')}.`;

  const timeZone = clean(draft.timeZone);
  const zoneOk = isValidTimeZone(timeZone);
  if (!zoneOk) fields.timeZone = 'Choose a time zone such as Europe/Berlin or America/New_York.';
  const start = parseLocalDateTime(clean(draft.start));
  const end = parseLocalDateTime(clean(draft.end));
  if (!start) fields.start = 'Enter the start as a date and time.';
  if (!end) fields.end = 'Enter the end as a date and time.';
  let startsAt = '';
  let endsAt = '';
  if (start && end && zoneOk) {
    const s = zonedInstant(start, timeZone);
    const e = zonedInstant(end, timeZone);
    if (e.getTime() <= s.getTime()) fields.end = 'The event must end after it starts.';
    else if (e.getTime() - s.getTime() > EVENT_LIMITS.maxDays * 86_400_000) fields.end = `An event can last at most ${EVENT_LIMITS.maxDays} days.`;
    startsAt = s.toISOString();
    endsAt = e.toISOString();
  }

  const meetingUrl = checkUrl(draft.meetingUrl, fields);
  const location = optionalText(draft.location, EVENT_LIMITS.location, 'location', fields);
  const audienceNote = optionalText(draft.audienceNote, EVENT_LIMITS.audienceNote, 'audienceNote', fields);
  const capacity = draft.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > EVENT_LIMITS.capacity))
    fields.capacity = `Capacity is a whole number from 1 to ${EVENT_LIMITS.capacity}, or empty for no limit.`;
  if (!meetingUrl && !location && !fields.meetingUrl) fields.meetingUrl = 'Add an online meeting link or a location, so people know where to go.';

  if (Object.keys(fields).length) throw new ValidationError(`Please check: ${Object.keys(fields).join(', ')}.`, fields);
  return { title, description, type: type!, startsAt, endsAt, timeZone, meetingUrl, location, capacity, audienceNote };
}
