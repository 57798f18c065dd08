import type { TFunction } from 'i18next';
import type { CommunityEvent, EventCounts } from './api';
import { dateFormat } from '../../lib/intl-formats';

/**
 * Event times as the viewer reads them: in their own time zone and in the tab's language (Teams'),
 * with the organisers' zone added when it differs.
 */

let viewerZone: string | undefined;

/** The viewer's time zone (read once: each read builds a formatter). */
export function viewerTimeZone(): string {
  return (viewerZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return dateFormat({ timeZone, ...options }).format(instant);
}

/** "Wed, 25 Nov 2026" (in the viewer's language). */
export function formatDay(iso: string, timeZone = viewerTimeZone()): string {
  return parts(new Date(iso), timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** "15:00–16:00 CET", or across days "25 Nov 15:00 – 26 Nov 17:00 CET". */
export function formatTimeRange(event: Pick<CommunityEvent, 'startsAt' | 'endsAt'>, timeZone = viewerTimeZone()): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const time = (d: Date, zone: boolean) => parts(d, timeZone, { hour: '2-digit', minute: '2-digit', ...(zone ? { timeZoneName: 'short' } : {}) });
  if (formatDay(event.startsAt, timeZone) === formatDay(event.endsAt, timeZone)) return `${time(start, false)}–${time(end, true)}`;
  const day = (d: Date) => parts(d, timeZone, { day: 'numeric', month: 'short' });
  return `${day(start)} ${time(start, false)} – ${day(end)} ${time(end, true)}`;
}

/** "Planned for 10:00–11:00 in Europe/Berlin", only when the event's zone is not the viewer's. */
export function plannedNote(event: Pick<CommunityEvent, 'startsAt' | 'endsAt' | 'timeZone'>, t: TFunction): string | null {
  const here = viewerTimeZone();
  if (event.timeZone === here) return null;
  const probe = new Date(event.startsAt);
  const sameOffset = parts(probe, event.timeZone, { timeZoneName: 'longOffset' }) === parts(probe, here, { timeZoneName: 'longOffset' });
  if (sameOffset) return null;
  return t('events.planned', { day: formatDay(event.startsAt, event.timeZone), time: formatTimeRange(event, event.timeZone), zone: event.timeZone });
}

/** "12 going · 3 maybe · 2 waiting" in the tab's language. */
export function countsLine(c: EventCounts, t: TFunction): string {
  const list = [t('events.counts.going', { count: c.going }), t('events.counts.maybe', { count: c.maybe })];
  if (c.waitlisted > 0) list.push(t('events.counts.waitlisted', { count: c.waitlisted }));
  return list.join(' · ');
}

/** "18 of 30 seats left", "Full", "No seat limit". */
export function seatsText(c: EventCounts, t: TFunction): string {
  if (c.capacity === null) return t('events.seats.unlimited');
  if (!c.spotsLeft) return t('events.seats.full', { count: c.capacity });
  return t('events.seats.left', { left: c.spotsLeft, count: c.capacity });
}
