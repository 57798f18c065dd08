/**
 * Scheduling in people's time zones with nothing but `Intl` (the runtime's tz database). The
 * outbox stores UTC instants; these helpers compute them from a wall-clock time in an IANA zone, so
 * "the day before at 09:00 in the recipient's zone" stays right across daylight-saving changes.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** What the clock on the wall shows: calendar date and time of day, no zone attached. */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The one cached reader of wall-clock parts per zone; throws RangeError for a zone the runtime does not know. */
export function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** What the clock on the wall shows in `timeZone` at instant `ms`. */
export function wallAt(ms: number, timeZone: string): Wall {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) };
}

/** Offset of `timeZone` from UTC at instant `ms`, in ms (Berlin in summer: +7 200 000). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallAt(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

function parseWall(localDate: string, localTime: string): Wall {
  const d = DATE.exec(localDate);
  const t = TIME.exec(localTime);
  if (!d || !t) throw new RangeError(`"${localDate} ${localTime}" is not a local date (YYYY-MM-DD) and time (HH:mm[:ss])`);
  const wall = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]), second: Number(t[3] ?? 0) };
  const probe = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  if (probe.getUTCMonth() !== wall.month - 1 || probe.getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59 || wall.second > 59)
    throw new RangeError(`"${localDate} ${localTime}" is not a real date and time`);
  return wall;
}

/**
 * The UTC instant (ISO-8601) at which the wall clock in `timeZone` shows `localDate` `localTime`.
 * Disambiguates like Temporal's "compatible": a time that happens twice (clocks go back) is the
 * earlier one; a time that never happens (clocks go forward) moves forward by the gap
 * (02:30 on the spring-forward night in Berlin → 03:30 CEST).
 */
export function zonedInstant(localDate: string, localTime: string, timeZone: string): string {
  const w = parseWall(localDate, localTime);
  formatter(timeZone); // throws RangeError for an unknown zone
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const DAY = 86_400_000;
  // The offsets in force a day either side cover any single transition near this wall time.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => {
      const x = wallAt(t, timeZone);
      return x.year === w.year && x.month === w.month && x.day === w.day && x.hour === w.hour && x.minute === w.minute && x.second === w.second;
    })
    .sort((a, b) => a - b);
  // In a gap no offset matches: reading the wall time with the offset from before the jump lands after it.
  return new Date(matches[0] ?? wall - before).toISOString();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock date and time in `timeZone` at `instant` (ISO or Date). */
export function localDateTime(instant: string | Date, timeZone: string): { date: string; time: string } {
  const w = wallAt(new Date(instant).getTime(), timeZone);
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** A calendar date `days` later (negative: earlier), e.g. "2026-03-01" − 1 → "2026-02-28". */
export function addDays(localDate: string, days: number): string {
  const d = DATE.exec(localDate);
  if (!d) throw new RangeError(`"${localDate}" is not a date (YYYY-MM-DD)`);
  const moved = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * When a reminder "`days` calendar days before, at the same wall-clock time" is due for something
 * starting at `startsAt`, in the recipient's zone — 24 h, or 23/25 h across a DST change.
 */
export function sameTimeDaysBefore(startsAt: string | Date, days: number, timeZone: string): string {
  const { date, time } = localDateTime(startsAt, timeZone);
  const seconds = pad(new Date(startsAt).getUTCSeconds());
  return zonedInstant(addDays(date, -days), `${time}:${seconds}`, timeZone);
}

/** An exact duration before an instant ("15 minutes before"): time zones do not matter. */
export function minutesBefore(startsAt: string | Date, minutes: number): string {
  return new Date(new Date(startsAt).getTime() - minutes * 60_000).toISOString();
}
