import type { EventView } from '../../../src/domain/events/notifications.js';
import type { RsvpStanding } from '../../../src/domain/events/rsvp-rules.js';
import type { EventCounts } from '../../../src/domain/events/types.js';
import { plain } from '../kit.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';

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

/** "Sun, 29 Mar 2026, 10:00–11:00 (Europe/Berlin)": the time as the organisers planned it, in the reader's language. */
export function plannedTime(event: Pick<EventView, 'startsAt' | 'endsAt' | 'timeZone'>, tr: Translator = ENGLISH): string {
  // en-US would write "Sun, Mar 29, 2026, 10:00"; the British order reads the same in every English locale.
  const locale = tr.language === 'en' ? 'en-GB' : tr.locale;
  const day = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const sameDay = day.format(start) === day.format(end);
  const range = sameDay ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
  return `${range} (${event.timeZone})`;
}

/** "12 going · 3 maybe · 2 on the wait list". */
export function countsLine(counts: EventCounts, tr: Translator = ENGLISH): string {
  const parts = [tr.t('bot.events.counts.going', { count: counts.going }), tr.t('bot.events.counts.maybe', { count: counts.maybe })];
  if (counts.waitlisted) parts.push(tr.t('bot.events.counts.waitlisted', { count: counts.waitlisted }));
  return parts.join(' · ');
}

/** "18 of 30 seats left", "Full — new answers join the wait list", "No seat limit". */
export function seatsLine(counts: EventCounts, tr: Translator = ENGLISH): string {
  if (counts.capacity === null) return tr.t('events.seats.unlimited');
  if (!counts.spotsLeft) return tr.t('bot.events.seatsFull', { count: counts.capacity });
  return tr.t('events.seats.left', { left: counts.spotsLeft, count: counts.capacity });
}

/** Where to go: the location, the online meeting, or both. */
export function whereLine(event: Pick<EventView, 'location' | 'meetingUrl'>, tr: Translator = ENGLISH): string {
  if (event.location && event.meetingUrl) return tr.t('bot.events.whereBoth', { location: plain(event.location) });
  if (event.location) return plain(event.location);
  return tr.t('bot.events.online');
}

/** The reader's own answer in words, or null when they have not answered. */
export function standingLine(standing: RsvpStanding | null | undefined, position?: number | null, tr: Translator = ENGLISH): string | null {
  if (!standing) return null;
  if (standing === 'waitlisted' && position) return tr.t('bot.events.standing.waitlistedAt', { position });
  return tr.t(`bot.events.standing.${standing}`);
}

/** Long descriptions are cut in cards (the tab shows the whole text). */
export function shortDescription(text: string, max = 500): string {
  const t = text.trim();
  return plain(t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t);
}
