import { localParts, offsetMinutes } from './zoned-time.js';

const DAY = 86_400_000;

/** One change of a zone's UTC offset (a DST start or end, or a change of law). */
export interface OffsetTransition {
  /** The instant the new offset takes effect. */
  at: Date;
  from: number;
  to: number;
}

/** The offset transitions of `timeZone` between two instants, found with the runtime's tz data. */
export function transitionsBetween(timeZone: string, from: Date, to: Date): OffsetTransition[] {
  const found: OffsetTransition[] = [];
  // Minute-aligned, so the search below lands exactly on the minute the clocks change.
  let t = Math.floor(from.getTime() / 60_000) * 60_000;
  let offset = offsetMinutes(new Date(t), timeZone);
  while (t < to.getTime()) {
    const next = Math.min(t + DAY, to.getTime());
    const nextOffset = offsetMinutes(new Date(next), timeZone);
    if (nextOffset !== offset) {
      // Narrow the day down to the minute the clocks change.
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(new Date(mid), timeZone) === offset) lo = mid;
        else hi = mid;
      }
      found.push({ at: new Date(hi), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return found;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** "+0200" / "-0500": an offset as iCalendar writes it. */
export function icsOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

function localStamp(utcMs: number): string {
  const d = new Date(utcMs);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for `timeZone` that covers the year before and after the
 * event: one observance per actual transition, so calendar apps without an IANA database (or with an
 * older one) still place the event at the right instant.
 */
export function vtimezone(timeZone: string, around: Date): string[] {
  const from = new Date(around.getTime() - 366 * DAY);
  const to = new Date(around.getTime() + 366 * DAY);
  const transitions = transitionsBetween(timeZone, from, to);
  const initial = offsetMinutes(from, timeZone);
  const standard = Math.min(initial, ...transitions.map((t) => t.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', start: string, fromOffset: number, toOffset: number) =>
    lines.push(`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${icsOffset(fromOffset)}`, `TZOFFSETTO:${icsOffset(toOffset)}`, `END:${kind}`);
  // What was in force when the window opens, reaching back far enough for any DTSTART before it.
  observance(initial > standard ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', initial, initial);
  for (const t of transitions) {
    // An observance starts at the local time of its onset, read with the offset in force before it.
    observance(t.to > standard ? 'DAYLIGHT' : 'STANDARD', localStamp(t.at.getTime() + t.from * 60_000), t.from, t.to);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** "20260329T100000": the wall time of `instant` in `timeZone`, for DTSTART;TZID=… */
export function icsLocal(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** "20260329T080000Z": an instant in UTC. */
export function icsUtc(instant: Date): string {
  return localStamp(Math.floor(instant.getTime() / 1000) * 1000) + 'Z';
}
