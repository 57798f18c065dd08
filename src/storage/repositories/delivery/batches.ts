import { sql, type Kysely } from 'kysely';
import { emptyStats, type BatchProblem, type BatchStats, type DeliveryBatch } from '../../../domain/delivery/batches.js';
import type { DeliveryBatchInput, DeliveryState } from '../../../domain/delivery/types.js';
import { DELIVERY_STATES } from '../../../domain/delivery/types.js';
import type { Clock } from '../../../domain/shared/clock.js';
import type { Database } from '../../schema.js';
import { atomic } from './atomic.js';
import { toBatch } from './rows.js';

type Db = Kysely<Database>;

/** Opens a batch; a no-op (false) when a batch with that id exists. */
export async function createBatch(db: Db, clock: Clock, batch: DeliveryBatchInput): Promise<boolean> {
  const result = await db
    .insertInto('delivery_batches')
    .values({ id: batch.id, kind: batch.kind, title: batch.title, created_by: batch.createdBy, created_at: clock.now().toISOString(), cancelled_at: null, cancelled_by: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findBatch(db: Db, id: string): Promise<DeliveryBatch | undefined> {
  const row = await db.selectFrom('delivery_batches').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toBatch(row);
}

export async function listBatches(db: Db, filter: { limit: number; kind?: string }): Promise<DeliveryBatch[]> {
  let q = db.selectFrom('delivery_batches').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute()).map(toBatch);
}

/** Each batch's report figures, aggregated in SQL per state and merged here. */
export async function batchStats(db: Db, batchIds: readonly string[], now: string): Promise<Map<string, BatchStats>> {
  const out = new Map<string, BatchStats>();
  if (!batchIds.length) return out;
  for (const id of batchIds) out.set(id, emptyStats());
  const rows = await db
    .selectFrom('outbox')
    .where('batch_id', 'in', [...batchIds])
    .select((eb) => [
      'batch_id',
      'state',
      eb.fn.countAll<string>().as('n'),
      eb.fn.sum<string>(sql`CASE WHEN not_before > ${now} THEN 1 ELSE 0 END`).as('scheduled'),
      eb.fn.min<string>('created_at').as('first_queued'),
      eb.fn.min<string>('sent_at').as('first_sent'),
      eb.fn.max<string>('sent_at').as('last_sent'),
      eb.fn.max<string>('updated_at').as('last_change'),
      eb.fn.sum<string>('attempt').as('attempts'),
      // Every in-doubt outcome, not every row: one message may have been in doubt several times.
      eb.fn.sum<string>('in_doubt_finds').as('found'),
      eb.fn.sum<string>('in_doubt_resends').as('resent'),
    ])
    .groupBy(['batch_id', 'state'])
    .execute();
  const min = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
  const max = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
  for (const r of rows) {
    const s = out.get(r.batch_id!)!;
    const state = r.state as DeliveryState;
    if ((DELIVERY_STATES as string[]).includes(state)) s.counts[state] += Number(r.n);
    if (state === 'queued') s.scheduled += Number(r.scheduled ?? 0);
    s.firstQueuedAt = min(s.firstQueuedAt, r.first_queued ?? null);
    s.firstSentAt = min(s.firstSentAt, r.first_sent ?? null);
    s.lastSentAt = max(s.lastSentAt, r.last_sent ?? null);
    s.lastChangeAt = max(s.lastChangeAt, r.last_change ?? null);
    s.attempts += Number(r.attempts ?? 0);
    s.inDoubtFound += Number(r.found ?? 0);
    s.inDoubtResent += Number(r.resent ?? 0);
  }
  return out;
}

export async function batchProblems(db: Db, batchId: string, limit: number): Promise<BatchProblem[]> {
  const rows = await db
    .selectFrom('outbox')
    .where('batch_id', '=', batchId)
    .where('state', 'in', ['failed', 'unreachable', 'skipped'])
    .select((eb) => ['state', 'last_error', eb.fn.countAll<string>().as('n')])
    .groupBy(['state', 'last_error'])
    .orderBy('n', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ state: r.state as DeliveryState, reason: r.last_error ?? '(no reason recorded)', count: Number(r.n) }));
}

/** Marks the batch cancelled and cancels what is still queued (not what is in doubt); returns how many messages were cancelled. */
export async function cancelBatch(db: Db, batchId: string, by: string | null, at: string): Promise<number> {
  return atomic(db, async (db) => {
    await db.updateTable('delivery_batches').set({ cancelled_at: at, cancelled_by: by }).where('id', '=', batchId).where('cancelled_at', 'is', null).execute();
    const result = await db
      .updateTable('outbox')
      .set({ state: 'cancelled', last_error: 'The batch was cancelled before this message was sent.', updated_at: at })
      .where('batch_id', '=', batchId)
      .where('state', '=', 'queued')
      .where('in_doubt_since', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}
