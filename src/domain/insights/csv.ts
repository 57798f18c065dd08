import { stringify } from 'csv-stringify/sync';
import type { ReportTable } from './types.js';

/** Spreadsheets run a cell that starts like a formula: text cells that do are prefixed with ' (OWASP CSV injection). */
function safe(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A report table as CSV (RFC 4180, CRLF line ends) with a header row of the column labels. Starts
 * with a UTF-8 byte-order mark so Excel reads department names and questions with accents right.
 */
export function tableCsv(table: ReportTable): string {
  const header = table.columns.map((c) => c.label);
  const rows = table.rows.map((row) => table.columns.map((c) => safe(row[c.key] ?? null)));
  return `\uFEFF${stringify([header, ...rows], { record_delimiter: 'windows' })}`;
}
