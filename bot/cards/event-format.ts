import type { EventView } from '../../src/domain/events/notifications.js';
import type { RsvpStanding } from '../../src/domain/events/rsvp-rules.js';
import type { EventCounts } from '../../src/domain/events/types.js';
import { plain } from './kit.js';

/**
 * Words and times for event cards. A card in a channel is read by people in many time zones, so it
 * shows the time twice: in each reader's own zone (Adaptive Cards' {{DATE}}/{{TIME}}, which Teams
 * renders on the reader's device) and as planned in the event's zone.
 */

/** "2026-03-29T08:00:00Z": the form {{DATE()}} and {{TIME()}} accept (no milliseconds). */
function cardInstant(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "{{DATE(…, LONG)}}, {{TIME(…)}} – {{TIME(…)}}": rendered by Teams in the reader's zone and language. */
export function readerTime(event: Pick<EventView, 'startsAt' | 'endsAt'>): string {
  const start = cardInstant(event.startsAt);
  const end = cardInstant(event.endsAt);
  const sameDay = event.startsAt.slice(0, 10) === event.endsAt.slice(0, 10);
  return sameDay
    ? `{{DATE(${start}, LONG)}}, {{TIME(${start})}} – {{TIME(${end})}}`
    : `{{DATE(${start}, SHORT)}} {{TIME(${start})}} – {{DATE(${end}, SHORT)}} {{TIME(${end})}}`;
}

/** "Sun, 29 Mar 2026, 10:00–11:00 (Europe/Berlin)": the time as the organisers planned it. */
export function plannedTime(event: Pick<EventView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const sameDay = day.format(start) === day.format(end);
  const range = sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
  return `${range} (${event.timeZone})`;
}

/** "12 going · 3 maybe · 2 on the wait list". */
export function countsLine(counts: EventCounts): string {
  const parts = [`✅ ${counts.going} going`, `🤔 ${counts.maybe} maybe`];
  if (counts.waitlisted) parts.push(`⏳ ${counts.waitlisted} on the wait list`);
  return parts.join(' · ');
}

/** "18 of 30 seats left", "Full — new answers join the wait list", "No seat limit". */
export function seatsLine(counts: EventCounts): string {
  if (counts.capacity === null) return 'No seat limit';
  if (!counts.spotsLeft) return `Full (${counts.capacity} seats) — "Going" joins the wait list`;
  return `${counts.spotsLeft} of ${counts.capacity} seats left`;
}

/** Where to go: the location, the online meeting, or both. */
export function whereLine(event: Pick<EventView, 'location' | 'meetingUrl'>): string {
  if (event.location && event.meetingUrl) return `${plain(event.location)} and online (Teams meeting)`;
  if (event.location) return plain(event.location);
  return 'Online (Teams meeting)';
}

/** The reader's own answer in words, or null when they have not answered. */
export function standingLine(standing: RsvpStanding | null | undefined, position?: number | null): string | null {
  switch (standing) {
    case 'going':
      return "✅ **You're going.**";
    case 'waitlisted':
      return `⏳ **You're on the wait list**${position ? ` (number ${position})` : ''}. You move up automatically when a seat opens.`;
    case 'maybe':
      return '🤔 **You answered maybe.**';
    case 'not-going':
      return "You answered **can't go**.";
    default:
      return null;
  }
}

/** Long descriptions are cut in cards (the tab shows the whole text). */
export function shortDescription(text: string, max = 500): string {
  const t = text.trim();
  return plain(t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t);
}
