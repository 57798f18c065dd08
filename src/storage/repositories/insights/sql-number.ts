import { sql, type RawBuilder } from 'kysely';

/** Drivers return aggregates as numbers (SQLite) or numeric strings (PostgreSQL bigint/numeric); null for an empty sum. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}

/**
 * The calendar day (YYYY-MM-DD) or month (YYYY-MM) of an ISO-8601 UTC text column. Written without
 * bound parameters so the same expression can appear in SELECT and GROUP BY on PostgreSQL.
 */
export function dayOf(column: string): RawBuilder<string> {
  return sql<string>`substr(${sql.ref(column)}, 1, 10)`;
}

export function monthOf(column: string): RawBuilder<string> {
  return sql<string>`substr(${sql.ref(column)}, 1, 7)`;
}
