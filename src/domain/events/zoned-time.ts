/**
 * Wall-clock times in IANA time zones, with nothing but `Intl` (the runtime's own tz database).
 * Events are entered as "10:00 in Europe/Berlin" and stored as UTC instants; reminders such as
 * "the day before, same time" are computed in the event's zone so they stay right across DST.
 * Reading wall times and resolving them to instants are the delivery engine's (`wallAt`, `zonedInstant` in
 * src/domain/delivery/schedule.ts), so reminders and everything else schedule by one rule; this
 * module adapts it to the structured local times events use and adds what the .ics export needs.
 */
import { formatter, sameTimeDaysBefore, wallAt, zonedInstant as engineZonedInstant } from '../delivery/schedule.js';

/** A calendar date and time of day as a person in some zone reads it (no zone attached). */
export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** True for a zone name the runtime knows ("Europe/Berlin", "UTC"); false for anything else. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What the clock on the wall shows in `timeZone` at `instant`. */
export function localParts(instant: Date, timeZone: string): LocalDateTime & { second: number } {
  return wallAt(instant.getTime(), timeZone);
}

/** The zone's offset from UTC at `instant`, in minutes (Berlin in summer: +120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `local`. Like Temporal's "compatible"
 * disambiguation: a time that happens twice (clocks go back) is the earlier one, and a time that
 * never happens (clocks go forward) moves forward by the gap (02:30 → 03:30).
 */
export function zonedInstant(local: LocalDateTime, timeZone: string): Date {
  return new Date(engineZonedInstant(`${pad4(local.year)}-${pad(local.month)}-${pad(local.day)}`, `${pad(local.hour)}:${pad(local.minute)}`, timeZone));
}

/** The same wall-clock time `days` calendar days earlier (negative) or later in `timeZone`. */
export function shiftLocalDays(instant: Date, days: number, timeZone: string): Date {
  return new Date(sameTimeDaysBefore(instant, -days, timeZone));
}

const pad = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/** Reads "2026-03-29T10:00" (what an HTML datetime-local input sends); undefined when malformed or impossible. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const m = LOCAL_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}


/** "2026-03-29T10:00": the local wall time of `instant` in `timeZone`, as a datetime-local input wants it. */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
