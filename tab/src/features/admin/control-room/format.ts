import { dateFormat, numberFormat } from '../../../lib/intl-formats';

/**
 * The control room's dates and figures in the tab's locale. Dates are read in UTC: the audit
 * column says so, and a grant or cut-off is a server-side day, not the viewer's.
 */

/** "Dec 7, 2026" / "07.12.2026". */
export function formatDate(iso: string): string {
  return dateFormat({ timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** "Dec 7, 2026, 14:05:09" / "07.12.2026, 14:05:09" (UTC, to the second: audit entries are close together). */
export function formatInstant(iso: string): string {
  return dateFormat({ timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'medium', hourCycle: 'h23' }).format(new Date(iso));
}

/** "5,000" / "5.000". */
export function formatCount(value: number): string {
  return numberFormat().format(value);
}
