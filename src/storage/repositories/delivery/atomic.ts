import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';

/** Runs `work` atomically: in the caller's transaction when there is one, else in a new one. */
export function atomic<T>(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
