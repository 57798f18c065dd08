import { dateFormat } from '../../lib/intl-formats';
/**
 * The period the dashboard shows: calendar days (YYYY-MM-DD, both inclusive) read in UTC, as the
 * server counts them. The page always sends both ends, so a link to it shows the same figures later.
 */

export const presetDays = [7, 30, 90] as const;
export type PresetDays = (typeof presetDays)[number];

/** The server refuses longer periods. */
export const maxRangeDays = 366;

export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** A preset ("last 30 days", ending today) or two days chosen by hand. */
export type RangeChoice = { readonly kind: 'preset'; readonly days: PresetDays } | { readonly kind: 'custom'; readonly from: string; readonly to: string };

export const defaultChoice: RangeChoice = { kind: 'preset', days: 30 };

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

/** True for a real calendar day in YYYY-MM-DD (not 2026-02-30). */
export function isDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Days in the range, both ends counted. */
export function rangeLength(range: DateRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / dayMs) + 1;
}

/** What can be wrong with a custom range; the picker words it (period.problems in the catalogue). */
export type RangeProblem = 'firstDay' | 'lastDay' | 'order' | 'tooLong';

/** What a custom range gets wrong, by field; empty when it is fine. */
export function checkCustomRange(from: string, to: string): Partial<Record<'from' | 'to', RangeProblem>> {
  const problems: Partial<Record<'from' | 'to', RangeProblem>> = {};
  if (!isDay(from)) problems.from = 'firstDay';
  if (!isDay(to)) problems.to = 'lastDay';
  if (problems.from === undefined && problems.to === undefined) {
    if (to < from) problems.to = 'order';
    else if (rangeLength({ from, to }) > maxRangeDays) problems.to = 'tooLong';
  }
  return problems;
}

/** The days a choice stands for, today being `now` in UTC. */
export function resolveRange(choice: RangeChoice, now: Date = new Date()): DateRange {
  if (choice.kind === 'custom') return { from: choice.from, to: choice.to };
  const to = todayUtc(now);
  return { from: addDays(to, -(choice.days - 1)), to };
}

/** Reads `?range=7|30|90` or `?from=&to=` (a valid custom range), else the default. */
export function choiceFromParams(params: URLSearchParams): RangeChoice {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null && to !== null && Object.keys(checkCustomRange(from, to)).length === 0) return { kind: 'custom', from, to };
  const days = Number(params.get('range'));
  const preset = presetDays.find((d) => d === days);
  return preset === undefined ? defaultChoice : { kind: 'preset', days: preset };
}

/** Writes a choice into `params` (other parameters, such as the theme, are kept). */
export function writeChoice(params: URLSearchParams, choice: RangeChoice): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('range');
  next.delete('from');
  next.delete('to');
  if (choice.kind === 'custom') {
    next.set('from', choice.from);
    next.set('to', choice.to);
  } else {
    next.set('range', String(choice.days));
  }
  return next;
}

/** `from=…&to=…` for the API and the sponsor report link. */
export function rangeQuery(range: DateRange): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}

/** "1 Mar – 30 Mar 2026" in the reader's language; the days are UTC calendar days. */
export function formatRange(range: DateRange): string {
  const format = (day: string, withYear: boolean) =>
    dateFormat({ timeZone: 'UTC', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}) }).format(new Date(`${day}T00:00:00Z`));
  const sameYear = range.from.slice(0, 4) === range.to.slice(0, 4);
  return range.from === range.to ? format(range.from, true) : `${format(range.from, !sameYear)} – ${format(range.to, true)}`;
}
