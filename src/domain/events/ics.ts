import type { CommunityEvent } from './types.js';
import { icsLocal, icsUtc, vtimezone } from './vtimezone.js';

/**
 * An event as an iCalendar file (RFC 5545) for "add to calendar". The UID never changes and
 * SEQUENCE follows the event's version, so a downloaded update or cancellation replaces the entry
 * already in someone's calendar instead of adding a second one.
 */
export interface IcsOptions {
  /** Stable host part of the UID, e.g. the tab's domain. */
  uidDomain: string;
  /** Link to the event's page, added to the description and as URL. */
  pageUrl: string;
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (§3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back off UTF-8 continuation bytes (10xxxxxx) so a character is never split.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // continuation lines begin with a space
  }
  return parts.join('\r\n ');
}

/** The stable UID of an event's calendar entry. */
export function eventUid(eventId: string, uidDomain: string): string {
  return `event-${eventId}@${uidDomain}`;
}

export function eventIcs(event: CommunityEvent, options: IcsOptions): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const description = [event.description, event.audienceNote ? `Who it is for: ${event.audienceNote}` : '', event.meetingUrl ? `Join: ${event.meetingUrl}` : '', `Details and RSVP: ${options.pageUrl}`]
    .filter(Boolean)
    .join('\n\n');
  const where = [event.location, event.meetingUrl].filter(Boolean).join(' · ');
  const cancelled = event.status === 'cancelled';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Maker Hub//Community events//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : 'PUBLISH'}`,
    ...vtimezone(event.timeZone, start),
    'BEGIN:VEVENT',
    `UID:${eventUid(event.id, options.uidDomain)}`,
    `DTSTAMP:${icsUtc(new Date(event.updatedAt))}`,
    `SEQUENCE:${event.version - 1}`,
    `DTSTART;TZID=${event.timeZone}:${icsLocal(start, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${icsLocal(end, event.timeZone)}`,
    `SUMMARY:${icsText(cancelled ? `Cancelled: ${event.title}` : event.title)}`,
    `DESCRIPTION:${icsText(description)}`,
    ...(where ? [`LOCATION:${icsText(where)}`] : []),
    `URL:${options.pageUrl}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
