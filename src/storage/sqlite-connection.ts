import BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer.js';

const STATEMENTS_KEPT = 500;
const CHECKPOINT_EVERY_MS = 1000;

/**
 * The embedded database as Kysely's SQLite dialect sees it, with two costs taken off every write:
 * - Kysely asks the driver to prepare each query's SQL anew; the same few hundred statements come
 *   back on every bot turn, so prepared statements are kept (least recently used dropped first).
 *   SQLite re-prepares a kept statement by itself if the schema changes under it.
 * - SQLite checkpoints the WAL inside whichever commit crosses 1,000 pages, so one unlucky turn pays
 *   for it; here a worker thread checkpoints once a second instead (sqlite-checkpointer.ts).
 */
export function openSqlite(file: string): SqliteDatabase {
  const sqlite = new BetterSqlite3(file);
  // WAL lets the tab API read while the delivery worker writes; busy_timeout rides out short locks.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const inMemory = file === ':memory:';
  let checkpointer: Checkpointer | undefined;
  if (!inMemory) {
    sqlite.pragma('wal_autocheckpoint = 0');
    checkpointer = startCheckpointer(file, CHECKPOINT_EVERY_MS);
  }
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept) {
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > STATEMENTS_KEPT) statements.delete(statements.keys().next().value!);
      return statement;
    },
    close() {
      statements.clear();
      // The last connection to close checkpoints and removes the WAL itself: the checkpointer's, told
      // to stop only once this one is closed. Closing both at once, each saw the other still open and
      // neither removed it (the WAL checkpoint test failed now and then on a loaded machine).
      sqlite.close();
      checkpointer?.stop();
    },
  };
}
