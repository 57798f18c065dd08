import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import { emptyStats, type BatchProblem, type BatchStats, type DeliveryBatch } from '../../domain/delivery/batches.js';
import { orderedId } from '../../domain/delivery/ids.js';
import type { AttemptStart, DueMessage, FinalState, InDoubtOutcome, LaneClaim, OutboxRecord, OutboxRepository } from '../../domain/delivery/outbox.js';
import type { DeliveryBatchInput, DeliveryOperation, DeliveryState, OutboundMessage } from '../../domain/delivery/types.js';
import { DELIVERY_STATES } from '../../domain/delivery/types.js';
import type { Clock } from '../../domain/shared/clock.js';
import { ValidationError } from '../../domain/shared/errors.js';
import type { Database } from '../schema.js';
import type { DeliveryBatchesTable, OutboxTable } from '../schema-delivery.js';

/**
 * Told when messages were queued, once they are visible to workers: right away outside a
 * transaction, after the commit inside one (the store calls `flush`).
 */
export interface OutboxSignal {
  queued(): void;
}

const WAITING: DeliveryState[] = ['queued', 'sending'];
/** Longest error text kept per message (the report shows it; logs have the rest). */
const MAX_ERROR = 500;

function toRecord(r: Selectable<OutboxTable>): OutboxRecord {
  return {
    id: r.id,
    idempotencyKey: r.idempotency_key,
    operation: r.operation as DeliveryOperation,
    conversationId: r.conversation_id,
    tenantId: r.tenant_id,
    replyToActivityId: r.reply_to_activity_id,
    targetKey: r.target_key,
    template: r.template,
    payload: JSON.parse(r.payload_json) as Record<string, unknown>,
    essential: r.essential === 1,
    recipientUserId: r.recipient_user_id,
    batchId: r.batch_id,
    notBefore: r.not_before,
    state: r.state as DeliveryState,
    attempt: Number(r.attempt),
    claimedBy: r.claimed_by,
    leaseUntil: r.lease_until,
    activityId: r.activity_id,
    lastError: r.last_error,
    lastStatus: r.last_status === null ? null : Number(r.last_status),
    inDoubt: r.in_doubt as InDoubtOutcome | null,
    inDoubtSince: r.in_doubt_since,
    createdAt: r.created_at,
    attemptedAt: r.attempted_at,
    sentAt: r.sent_at,
    updatedAt: r.updated_at,
  };
}

function toBatch(r: Selectable<DeliveryBatchesTable>): DeliveryBatch {
  return { id: r.id, kind: r.kind, title: r.title, createdBy: r.created_by, createdAt: r.created_at, cancelledAt: r.cancelled_at, cancelledBy: r.cancelled_by };
}

function iso(value: string, field: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new ValidationError(`${field} "${value}" is not a date and time`, { [field]: 'not an ISO date-time' });
  // One format everywhere, so text comparison orders instants (SQLite and PostgreSQL alike).
  return new Date(t).toISOString();
}

const clip = (text: string) => (text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text);

/**
 * The outbox on SQLite and PostgreSQL. Claiming differs only in one clause: PostgreSQL locks the
 * lanes it picks with `FOR UPDATE SKIP LOCKED`, so concurrent workers take different lanes without
 * waiting for each other; SQLite has one writer at a time, and a single UPDATE … RETURNING is atomic.
 */
export class SqlOutboxRepository implements OutboxRepository {
  private readonly postgres: boolean;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly signal?: OutboxSignal,
  ) {
    this.postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  }

  /** Runs `work` atomically: in the caller's transaction when there is one, else in a new one. */
  private atomic<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? work(this.db) : this.db.transaction().execute(work);
  }

  async enqueue(message: OutboundMessage): Promise<{ id: string; created: boolean }> {
    if (!message.idempotencyKey) throw new ValidationError('A message needs an idempotency key.', { idempotencyKey: 'required' });
    if (message.operation !== 'send' && !message.targetKey) throw new ValidationError(`An ${message.operation} needs the key of the message it changes.`, { targetKey: 'required' });
    const notBefore = message.notBefore ? iso(message.notBefore, 'notBefore') : null;
    const result = await this.atomic(async (db) => {
      const existing = await db.selectFrom('outbox').select('id').where('idempotency_key', '=', message.idempotencyKey).executeTakeFirst();
      if (existing) return { id: existing.id, created: false };
      const conversation = await db.selectFrom('conversations').select(['tenant_id', 'scope', 'user_id']).where('id', '=', message.conversationId).executeTakeFirst();
      const nowDate = this.clock.now();
      const now = nowDate.toISOString();
      const id = orderedId(nowDate.getTime());
      if (message.batchId) {
        // A batch named but not opened gets a plain one, so its messages still have a report.
        await db
          .insertInto('delivery_batches')
          .values({ id: message.batchId, kind: 'messages', title: message.batchId, created_by: null, created_at: now, cancelled_at: null, cancelled_by: null })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
      const inserted = await db
        .insertInto('outbox')
        .values({
          id,
          idempotency_key: message.idempotencyKey,
          operation: message.operation,
          conversation_id: message.conversationId,
          tenant_id: conversation?.tenant_id ?? '',
          reply_to_activity_id: message.replyToActivityId ?? null,
          target_key: message.targetKey ?? null,
          template: message.template,
          payload_json: JSON.stringify(message.payload ?? {}),
          essential: message.essential ? 1 : 0,
          // A personal chat's message is for its user, unless the caller said otherwise.
          recipient_user_id: message.recipientUserId ?? (conversation?.scope === 'personal' ? conversation.user_id : null),
          batch_id: message.batchId ?? null,
          not_before: notBefore,
          state: 'queued',
          attempt: 0,
          claimed_by: null,
          lease_until: null,
          activity_id: null,
          last_error: null,
          last_status: null,
          in_doubt: null,
          in_doubt_since: null,
          created_at: now,
          attempted_at: null,
          sent_at: null,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('idempotency_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        // A concurrent transaction queued the same key first.
        const other = await db.selectFrom('outbox').select('id').where('idempotency_key', '=', message.idempotencyKey).executeTakeFirstOrThrow();
        return { id: other.id, created: false };
      }
      await this.touchLane(db, message.conversationId, conversation?.tenant_id ?? '', notBefore ?? now);
      return { id, created: true };
    });
    if (result.created) this.signal?.queued();
    return result;
  }

  /** Makes the lane due no later than `dueAt`; bumping the version tells a releasing worker it missed something. */
  private async touchLane(db: Kysely<Database>, conversationId: string, tenantId: string, dueAt: string): Promise<void> {
    await db
      .insertInto('delivery_lanes')
      .values({ conversation_id: conversationId, tenant_id: tenantId, next_at: dueAt, claimed_by: null, lease_until: null, last_holder: null, version: 1 })
      .onConflict((oc) =>
        oc.column('conversation_id').doUpdateSet({
          next_at: sql`CASE WHEN delivery_lanes.next_at IS NULL OR delivery_lanes.next_at > excluded.next_at THEN excluded.next_at ELSE delivery_lanes.next_at END`,
          version: sql`delivery_lanes.version + 1`,
          tenant_id: sql`excluded.tenant_id`,
        }),
      )
      .execute();
  }

  async createBatch(batch: DeliveryBatchInput): Promise<boolean> {
    const result = await this.db
      .insertInto('delivery_batches')
      .values({ id: batch.id, kind: batch.kind, title: batch.title, created_by: batch.createdBy, created_at: this.clock.now().toISOString(), cancelled_at: null, cancelled_by: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async cancel(idempotencyKey: string): Promise<boolean> {
    const now = this.clock.now().toISOString();
    const result = await this.db
      .updateTable('outbox')
      .set({ state: 'cancelled', last_error: 'Withdrawn before it was sent.', updated_at: now })
      .where('idempotency_key', '=', idempotencyKey)
      .where('state', '=', 'queued')
      // A message whose last attempt may have arrived is settled by the worker, not withdrawn blind.
      .where('in_doubt_since', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async findByKey(idempotencyKey: string): Promise<OutboxRecord | undefined> {
    const row = await this.db.selectFrom('outbox').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
    return row && toRecord(row);
  }

  async findById(id: string): Promise<OutboxRecord | undefined> {
    const row = await this.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  async findBatch(id: string): Promise<DeliveryBatch | undefined> {
    const row = await this.db.selectFrom('delivery_batches').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toBatch(row);
  }

  async listBatches(filter: { limit: number; kind?: string }): Promise<DeliveryBatch[]> {
    let q = this.db.selectFrom('delivery_batches').selectAll();
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute()).map(toBatch);
  }

  async batchStats(batchIds: readonly string[], now: string): Promise<Map<string, BatchStats>> {
    const out = new Map<string, BatchStats>();
    if (!batchIds.length) return out;
    for (const id of batchIds) out.set(id, emptyStats());
    const rows = await this.db
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
        eb.fn.sum<string>(sql`CASE WHEN in_doubt = 'found' THEN 1 ELSE 0 END`).as('found'),
        eb.fn.sum<string>(sql`CASE WHEN in_doubt = 'unknown' THEN 1 ELSE 0 END`).as('resent'),
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

  async batchProblems(batchId: string, limit: number): Promise<BatchProblem[]> {
    const rows = await this.db
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

  async cancelBatch(batchId: string, by: string | null, at: string): Promise<number> {
    return this.atomic(async (db) => {
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

  async claimLanes(owner: string, now: string, leaseUntil: string, limit: number, excludeTenants: readonly string[]): Promise<LaneClaim[]> {
    if (limit <= 0) return [];
    const exclude = excludeTenants.length ? sql`AND tenant_id NOT IN (${sql.join([...excludeTenants])})` : sql``;
    const lock = this.postgres ? sql`FOR UPDATE SKIP LOCKED` : sql``;
    const result = await sql<{ conversation_id: string; tenant_id: string; last_holder: string | null }>`
      UPDATE delivery_lanes
      SET last_holder = COALESCE(claimed_by, last_holder), claimed_by = ${owner}, lease_until = ${leaseUntil}
      WHERE conversation_id IN (
        SELECT conversation_id FROM delivery_lanes
        WHERE next_at IS NOT NULL AND next_at <= ${now} AND (claimed_by IS NULL OR lease_until < ${now}) ${exclude}
        ORDER BY next_at
        LIMIT ${limit}
        ${lock}
      )
      RETURNING conversation_id, tenant_id, last_holder`.execute(this.db);
    return result.rows.map((r) => ({ conversationId: r.conversation_id, tenantId: r.tenant_id, lastHolder: r.last_holder }));
  }

  async dueInLane(conversationId: string, now: string, limit: number): Promise<DueMessage[]> {
    const rows = await this.db
      .selectFrom('outbox as o')
      .leftJoin('users as u', 'u.id', 'o.recipient_user_id')
      .leftJoin('delivery_batches as b', 'b.id', 'o.batch_id')
      .selectAll('o')
      .select(['u.notifications_opt_out as opted_out', 'b.cancelled_at as batch_cancelled_at'])
      .where('o.conversation_id', '=', conversationId)
      .where('o.state', 'in', WAITING)
      .where((eb) => eb.or([eb('o.not_before', 'is', null), eb('o.not_before', '<=', now)]))
      .orderBy('o.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toRecord(r), recipientOptedOut: Number(r.opted_out ?? 0) === 1, batchCancelled: r.batch_cancelled_at !== null }));
  }

  async hasNewerForTarget(targetKey: string, afterId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('outbox')
      .select('id')
      .where('target_key', '=', targetKey)
      .where('state', '=', 'queued')
      .where('id', '>', afterId)
      .limit(1)
      .executeTakeFirst();
    return !!row;
  }

  async beginAttempt(id: string, owner: string, conversationId: string, at: string, leaseUntil: string, inDoubt: InDoubtOutcome | null): Promise<AttemptStart> {
    return this.atomic(async (db) => {
      // Holding the lane is what entitles a worker to send: check it in the same commit.
      const lane = await db.updateTable('delivery_lanes').set({ lease_until: leaseUntil }).where('conversation_id', '=', conversationId).where('claimed_by', '=', owner).executeTakeFirst();
      if (Number(lane.numUpdatedRows) === 0) return 'lost-lane';
      const row = await db
        .updateTable('outbox')
        .set((eb) => ({
          state: 'sending',
          attempt: eb('attempt', '+', 1),
          claimed_by: owner,
          lease_until: leaseUntil,
          attempted_at: at,
          in_doubt: inDoubt ?? eb.ref('in_doubt'),
          in_doubt_since: null,
          updated_at: at,
        }))
        .where('id', '=', id)
        .where('state', 'in', WAITING)
        .executeTakeFirst();
      return Number(row.numUpdatedRows) === 0 ? 'gone' : 'ok';
    });
  }

  async markSent(id: string, activityId: string, at: string, inDoubt?: InDoubtOutcome | null): Promise<boolean> {
    const result = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        state: 'sent',
        activity_id: activityId,
        sent_at: at,
        claimed_by: null,
        lease_until: null,
        last_error: null,
        last_status: null,
        in_doubt: inDoubt ?? eb.ref('in_doubt'),
        in_doubt_since: null,
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('state', 'in', WAITING)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markRetry(id: string, notBefore: string, error: string, status: number | null, uncertain: boolean, at: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({
        state: 'queued',
        not_before: notBefore,
        claimed_by: null,
        lease_until: null,
        last_error: clip(error),
        last_status: status,
        in_doubt_since: uncertain ? eb.fn.coalesce('attempted_at', sql<string>`${at}`) : null,
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('state', 'in', WAITING)
      .execute();
  }

  async markFinal(id: string, state: FinalState, reason: string, status: number | null, at: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ state, last_error: clip(reason), last_status: status, claimed_by: null, lease_until: null, in_doubt_since: null, updated_at: at })
      .where('id', '=', id)
      .where('state', 'in', WAITING)
      .execute();
  }

  async markConversationUnreachable(conversationId: string, reason: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('conversations')
      .set({ unreachable_at: at, unreachable_reason: clip(reason), updated_at: at })
      .where('id', '=', conversationId)
      .where('unreachable_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async releaseLane(conversationId: string, owner: string, notBefore: string | null): Promise<void> {
    // Optimistic: if a message was queued while we computed the next due time, the version moved
    // and we compute again, so a message queued during a release is never left unnoticed.
    for (let round = 0; round < 5; round += 1) {
      const lane = await this.db.selectFrom('delivery_lanes').select('version').where('conversation_id', '=', conversationId).where('claimed_by', '=', owner).executeTakeFirst();
      if (!lane) return;
      const next = await this.db
        .selectFrom('outbox')
        .select((eb) => eb.fn.min<string>(eb.fn.coalesce('not_before', 'created_at')).as('due'))
        .where('conversation_id', '=', conversationId)
        .where('state', 'in', WAITING)
        .executeTakeFirst();
      const due = next?.due ?? null;
      const nextAt = due === null ? null : notBefore && notBefore > due ? notBefore : due;
      const result = await this.db
        .updateTable('delivery_lanes')
        .set({ claimed_by: null, lease_until: null, last_holder: owner, next_at: nextAt })
        .where('conversation_id', '=', conversationId)
        .where('claimed_by', '=', owner)
        .where('version', '=', lane.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) > 0) return;
    }
    // Kept changing under us: leave it due now; whoever claims it next sorts it out.
    await this.db
      .updateTable('delivery_lanes')
      .set({ claimed_by: null, lease_until: null, last_holder: owner, next_at: this.clock.now().toISOString() })
      .where('conversation_id', '=', conversationId)
      .where('claimed_by', '=', owner)
      .execute();
  }

  async renewLane(conversationId: string, owner: string, leaseUntil: string): Promise<boolean> {
    const result = await this.db.updateTable('delivery_lanes').set({ lease_until: leaseUntil }).where('conversation_id', '=', conversationId).where('claimed_by', '=', owner).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async renewLanes(conversationIds: readonly string[], owner: string, leaseUntil: string): Promise<number> {
    if (!conversationIds.length) return 0;
    const result = await this.db.updateTable('delivery_lanes').set({ lease_until: leaseUntil }).where('conversation_id', 'in', [...conversationIds]).where('claimed_by', '=', owner).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async recentAttempts(conversationId: string, since: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['state', 'sent_at', 'updated_at'])
      .where('conversation_id', '=', conversationId)
      .where('attempted_at', '>', since)
      .execute();
    // When each last call completed (a call in flight counts as now): the later instant is the safe one.
    const now = this.clock.now().toISOString();
    return rows.map((r) => (r.state === 'sending' ? now : (r.sent_at ?? r.updated_at))).sort();
  }

  async repairLanes(now: string, limit: number): Promise<number> {
    const rows = await this.db
      .selectFrom('outbox as o')
      .leftJoin('delivery_lanes as l', 'l.conversation_id', 'o.conversation_id')
      .select(['o.conversation_id', 'o.tenant_id'])
      .distinct()
      .where('o.state', 'in', WAITING)
      .where((eb) => eb.or([eb('l.conversation_id', 'is', null), eb.and([eb('l.next_at', 'is', null), eb('l.claimed_by', 'is', null)])]))
      .limit(limit)
      .execute();
    for (const r of rows) await this.touchLane(this.db, r.conversation_id, r.tenant_id, now);
    return rows.length;
  }

  async heartbeat(workerId: string, at: string): Promise<void> {
    await this.db
      .insertInto('delivery_workers')
      .values({ id: workerId, started_at: at, heartbeat_at: at })
      .onConflict((oc) => oc.column('id').doUpdateSet({ heartbeat_at: at }))
      .execute();
  }

  async liveWorkers(since: string): Promise<number> {
    const row = await this.db.selectFrom('delivery_workers').select((eb) => eb.fn.countAll<string>().as('n')).where('heartbeat_at', '>=', since).executeTakeFirst();
    // Long-dead entries go, so the table stays as small as the fleet.
    await this.db.deleteFrom('delivery_workers').where('heartbeat_at', '<', new Date(Date.parse(since) - 3_600_000).toISOString()).execute();
    return Number(row?.n ?? 0);
  }

  async removeWorker(workerId: string): Promise<void> {
    await this.db.deleteFrom('delivery_workers').where('id', '=', workerId).execute();
  }
}
