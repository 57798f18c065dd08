import type { TFunction } from 'i18next';
import type { Figure } from './types';
import { dateFormat, numberFormat } from '../../lib/intl-formats';

/** How a figure reads: a count, a share (0..1), hours, or a 1–5 rating. */
export type FigureKind = 'count' | 'ratio' | 'hours' | 'rating';

// In the tab's locale (Teams' language, not the browser's), read when formatting: it is set once the catalogue is loaded.
const whole = () => numberFormat({ maximumFractionDigits: 0 });
// A percentage as the locale writes it: "50%" in English, "50 %" in German.
const percent = () => numberFormat({ style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = () => numberFormat({ maximumFractionDigits: 1 });
// Tables show the server's numbers exactly (ratios come with three decimals), as the CSV holds them.
const exact = () => numberFormat({ maximumFractionDigits: 3 });

export function formatCount(value: number): string {
  return oneDecimal().format(value);
}

export function formatPercent(share: number): string {
  return percent().format(share);
}

/** A figure's value; "—" when it cannot be computed (nothing to divide by, no answers yet). */
export function formatValue(value: number | null, kind: FigureKind, t: TFunction): string {
  if (value === null) return '—';
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'ratio':
      return formatPercent(value);
    case 'hours':
      return t('insights.change.hours', { value: oneDecimal().format(value) });
    case 'rating':
      return t('insights.change.rating', { value: oneDecimal().format(value) });
  }
}

/** The change from the previous period, for the ▲/▼ line under a headline figure. */
export interface Change {
  readonly direction: 'up' | 'down' | 'same';
  /** "25%", "12 pts", "0.4", "5". */
  readonly amount: string;
}

/**
 * Counts and hours change in percent of the previous value; shares in percentage points (a rate
 * going from 50% to 60% is "10 pts", not "20%"); ratings in points. Null when either side is missing.
 */
export function describeChange(figure: Figure, kind: FigureKind, t: TFunction): Change | null {
  const { current, previous } = figure;
  if (current === null || previous === null) return null;
  const diff = current - previous;
  const direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
  if (direction === 'same') return { direction, amount: '' };
  const size = Math.abs(diff);
  switch (kind) {
    case 'ratio':
      return { direction, amount: t('insights.change.points', { count: Math.round(size * 100), value: whole().format(size * 100) }) };
    case 'rating':
      return { direction, amount: oneDecimal().format(size) };
    default:
      // From zero there is no percentage: say how many more.
      return { direction, amount: previous === 0 ? formatCount(size) : formatPercent(size / Math.abs(previous)) };
  }
}

/** "14 May 2026, 09:30" in the reader's language. */
export function formatInstant(iso: string): string {
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "May 2026" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  return dateFormat({ timeZone: 'UTC', month: 'short', year: 'numeric' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A table cell as text: numbers in the reader's format, nothing as "—". */
export function formatCell(value: string | number | null): string {
  if (value === null || value === '') return '—';
  return typeof value === 'number' ? exact().format(value) : value;
}

/** "pending-approval" → "Pending approval": a server name the catalogue does not know, readable in a chart legend. */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
