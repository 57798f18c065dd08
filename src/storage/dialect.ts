import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/index.js';
import { recordSql } from '../telemetry/instruments.js';
import type { Database } from './schema.js';
import { openSqlite } from './sqlite-connection.js';

export type SqlFlavour = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  flavour: SqlFlavour;
  /** Human-readable target for logs, without credentials. */
  describe: string;
}

function sqliteDialect(file: string): Dialect {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  return new SqliteDialect({ database: openSqlite(file) });
}

function postgresDialect(url: string): Dialect {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (restart, failover, an administrator) leaves the pool and
  // is replaced on next use; without a listener, pg's 'error' event would crash the process.
  pool.on('error', () => undefined);
  return new PostgresDialect({ pool });
}

async function pgliteDialect(snapshot: Blob | undefined): Promise<Dialect> {
  // Test-only dependency, loaded lazily so production never needs it.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  return new PGliteDialect(new PGlite(snapshot ? { loadDataDir: snapshot } : {}));
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

/** Opens the configured database. The only place that knows which driver is in use. */
export async function openDatabase(config: DatabaseConfig, options: { measure?: boolean } = {}): Promise<DatabaseHandle> {
  // Statement timings only when telemetry is on: Kysely times a query only when it has a logger.
  const log = options.measure ? measureSql : undefined;
  switch (config.kind) {
    case 'sqlite':
      return { db: new Kysely<Database>({ dialect: sqliteDialect(config.file), log }), flavour: 'sqlite', describe: `sqlite:${config.file}` };
    case 'postgres':
      return { db: new Kysely<Database>({ dialect: postgresDialect(config.url), log }), flavour: 'postgres', describe: redact(config.url) };
    case 'pglite':
      return { db: new Kysely<Database>({ dialect: await pgliteDialect(config.snapshot), log }), flavour: 'postgres', describe: 'pglite (in-memory)' };
  }
}

function measureSql(event: LogEvent): void {
  const kind = /^\s*(\w+)/.exec(event.query.sql)?.[1]?.toLowerCase() ?? 'sql';
  recordSql(kind, event.queryDurationMillis, event.level === 'error');
}
