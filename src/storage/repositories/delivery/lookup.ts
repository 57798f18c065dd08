import type { Kysely } from 'kysely';
import type { OutboxRecord } from '../../../domain/delivery/outbox.js';
import type { Database } from '../../schema.js';
import { toRecord } from './rows.js';

type Db = Kysely<Database>;

export async function findByKey(db: Db, idempotencyKey: string): Promise<OutboxRecord | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row && toRecord(row);
}

export async function findById(db: Db, id: string): Promise<OutboxRecord | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}
