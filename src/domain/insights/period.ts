import { ValidationError } from '../shared/errors.js';
import type { TimeRange } from './repository.js';
import type { Period } from './types.js';
import { say } from '../shared/error-text.js';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_PERIOD_DAYS = 366;
export const DEFAULT_PERIOD_DAYS = 30;

export interface PeriodInput {
  from?: string;
  to?: string;
  /** The last N days ending today (ignored when from/to are given). */
  days?: number;
}

function parseDay(value: string, field: string): number {
  const ms = DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) throw new ValidationError(say('errors.insights.notADate', { field }), { [field]: say('errors.insights.notADateField') });
  return ms;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The period a caller asked for, in whole UTC days. Without dates: the last `days` (default 30)
 * ending today. A period may reach into the future (figures for days to come are simply zero).
 */
export function periodOf(input: PeriodInput, now: Date): Period {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const to = input.to ? parseDay(input.to, 'to') : today;
  const from = input.from ? parseDay(input.from, 'from') : to - ((input.days ?? DEFAULT_PERIOD_DAYS) - 1) * DAY_MS;
  if (from > to) throw new ValidationError(say('errors.insights.periodOrder'), { from: say('errors.insights.periodOrderField') });
  const days = Math.round((to - from) / DAY_MS) + 1;
  if (days > MAX_PERIOD_DAYS) throw new ValidationError(say('errors.insights.periodTooLong', { max: MAX_PERIOD_DAYS }), { from: say('errors.insights.periodTooLongField', { max: MAX_PERIOD_DAYS }) });
  return { from: day(from), to: day(to), days };
}

/** The same number of days just before `period`. */
export function previousPeriod(period: Period): Period {
  const from = Date.parse(`${period.from}T00:00:00Z`);
  return { from: day(from - period.days * DAY_MS), to: day(from - DAY_MS), days: period.days };
}

/** The instants a period covers: from its first midnight to the midnight after its last day. */
export function rangeOf(period: Period): TimeRange {
  return { from: `${period.from}T00:00:00.000Z`, to: `${day(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS)}T00:00:00.000Z` };
}

/** Every day of a period, in order (charts and tables show zeros rather than gaps). */
export function daysOf(period: Period): string[] {
  const first = Date.parse(`${period.from}T00:00:00Z`);
  return Array.from({ length: period.days }, (_, i) => day(first + i * DAY_MS));
}

/** Every month (YYYY-MM) a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  for (const d of daysOf(period)) if (months.at(-1) !== d.slice(0, 7)) months.push(d.slice(0, 7));
  return months;
}
