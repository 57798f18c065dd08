import type { Span } from './repository.js';

/** Median of the spans' lengths in hours, to one decimal; null when there are none. */
export function medianHours(spans: readonly Span[]): number | null {
  const hours = spans.map((s) => (Date.parse(s.end) - Date.parse(s.start)) / 3_600_000).filter((h) => Number.isFinite(h) && h >= 0);
  if (!hours.length) return null;
  hours.sort((a, b) => a - b);
  const mid = Math.floor(hours.length / 2);
  const median = hours.length % 2 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2;
  return round(median, 1);
}

/** part / whole to three decimals; null when the whole is zero (no ratio, not 0 %). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole, 3) : null;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
