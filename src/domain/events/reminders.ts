import { minutesBefore, sameTimeDaysBefore } from '../delivery/schedule.js';

/**
 * When a reminder goes out, relative to the event's start. Days are calendar days in the event's
 * time zone (same wall-clock time, so "the day before at 10:00" even when DST changes overnight:
 * 23 or 25 hours); hours and minutes are exact durations.
 */
export type ReminderOffset = { unit: 'd'; amount: number; label: string } | { unit: 'h' | 'm'; amount: number; label: string };

const ITEM = /^(\d{1,3})\s*([dhm])$/;

/**
 * Reads the EVENT_REMINDERS setting ("1d,15m"); empty means no reminders. Throws on anything else,
 * so a mistyped setting stops start-up instead of silently dropping reminders.
 */
export function parseReminderOffsets(text: string): ReminderOffset[] {
  const items = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const offsets = items.map((item) => {
    const m = ITEM.exec(item);
    if (!m || Number(m[1]) === 0) throw new Error(`"${item}" is not a reminder offset (use e.g. 1d, 2h or 15m)`);
    const amount = Number(m[1]);
    const unit = m[2] as 'd' | 'h' | 'm';
    return { unit, amount, label: `${amount}${unit}` };
  });
  const labels = offsets.map((o) => o.label);
  if (new Set(labels).size !== labels.length) throw new Error('reminder offsets are listed twice');
  // Earliest reminder first, so batches and messages are created in the order they go out.
  return offsets.sort((a, b) => minutesApprox(b) - minutesApprox(a));
}

function minutesApprox(o: ReminderOffset): number {
  return o.unit === 'd' ? o.amount * 1440 : o.unit === 'h' ? o.amount * 60 : o.amount;
}

/** The instant a reminder is due for an event starting at `startsAt` in `timeZone`. */
export function reminderInstant(startsAt: Date, timeZone: string, offset: ReminderOffset): Date {
  if (offset.unit === 'd') return new Date(sameTimeDaysBefore(startsAt, offset.amount, timeZone));
  return new Date(minutesBefore(startsAt, offset.amount * (offset.unit === 'h' ? 60 : 1)));
}

/** How a reminder names its lead time to a person: "tomorrow", "in 2 hours", "in 15 minutes". */
export function describeOffset(offset: ReminderOffset): string {
  if (offset.unit === 'd') return offset.amount === 1 ? 'tomorrow' : `in ${offset.amount} days`;
  const unit = offset.unit === 'h' ? 'hour' : 'minute';
  return `in ${offset.amount} ${unit}${offset.amount === 1 ? '' : 's'}`;
}
