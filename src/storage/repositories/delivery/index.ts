import { PostgresAdapter, type Kysely } from 'kysely';
import type { BatchProblem, BatchStats, DeliveryBatch } from '../../../domain/delivery/batches.js';
import type { AttemptStart, DueMessage, FinalState, InDoubtOutcome, LaneClaim, OutboxRecord, OutboxRepository } from '../../../domain/delivery/outbox.js';
import type { DeliveryBatchInput, OutboundMessage } from '../../../domain/delivery/types.js';
import type { Clock } from '../../../domain/shared/clock.js';
import type { Database } from '../../schema.js';
import * as Attempts from './attempts.js';
import * as Batches from './batches.js';
import * as Due from './due-messages.js';
import * as Enqueue from './enqueue.js';
import * as Leases from './lane-leases.js';
import { repairLanes } from './lanes.js';
import * as Lookup from './lookup.js';
import * as Workers from './workers.js';

/**
 * Told when messages were queued, once they are visible to workers: right away outside a
 * transaction, after the commit inside one (the store calls `flush`).
 */
export interface OutboxSignal {
  queued(): void;
}

/**
 * The outbox on SQLite and PostgreSQL, one module per concern: queueing, lookups, batches and
 * reports, lane leases, the lane's due messages, attempts and their outcomes, live workers. The
 * same statements run on both, except the lane claim (see `lane-leases.ts`).
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

  async enqueue(message: OutboundMessage): Promise<{ id: string; created: boolean }> {
    const result = await Enqueue.enqueue(this.db, this.clock, message);
    if (result.created) this.signal?.queued();
    return result;
  }

  cancel(idempotencyKey: string): Promise<boolean> {
    return Enqueue.cancel(this.db, this.clock, idempotencyKey);
  }

  findByKey(idempotencyKey: string): Promise<OutboxRecord | undefined> {
    return Lookup.findByKey(this.db, idempotencyKey);
  }

  findById(id: string): Promise<OutboxRecord | undefined> {
    return Lookup.findById(this.db, id);
  }

  createBatch(batch: DeliveryBatchInput): Promise<boolean> {
    return Batches.createBatch(this.db, this.clock, batch);
  }

  findBatch(id: string): Promise<DeliveryBatch | undefined> {
    return Batches.findBatch(this.db, id);
  }

  listBatches(filter: { limit: number; kind?: string }): Promise<DeliveryBatch[]> {
    return Batches.listBatches(this.db, filter);
  }

  batchStats(batchIds: readonly string[], now: string): Promise<Map<string, BatchStats>> {
    return Batches.batchStats(this.db, batchIds, now);
  }

  batchProblems(batchId: string, limit: number): Promise<BatchProblem[]> {
    return Batches.batchProblems(this.db, batchId, limit);
  }

  cancelBatch(batchId: string, by: string | null, at: string): Promise<number> {
    return Batches.cancelBatch(this.db, batchId, by, at);
  }

  claimLanes(owner: string, now: string, leaseUntil: string, limit: number, excludeTenants: readonly string[]): Promise<LaneClaim[]> {
    return Leases.claimLanes(this.db, this.postgres, owner, now, leaseUntil, limit, excludeTenants);
  }

  releaseLane(conversationId: string, owner: string, notBefore: string | null): Promise<void> {
    return Leases.releaseLane(this.db, this.clock, conversationId, owner, notBefore);
  }

  renewLane(conversationId: string, owner: string, leaseUntil: string): Promise<boolean> {
    return Leases.renewLane(this.db, conversationId, owner, leaseUntil);
  }

  renewLanes(conversationIds: readonly string[], owner: string, leaseUntil: string): Promise<number> {
    return Leases.renewLanes(this.db, conversationIds, owner, leaseUntil);
  }

  repairLanes(now: string, limit: number): Promise<number> {
    return repairLanes(this.db, now, limit);
  }

  dueInLane(conversationId: string, now: string, limit: number): Promise<DueMessage[]> {
    return Due.dueInLane(this.db, conversationId, now, limit);
  }

  hasNewerForTarget(targetKey: string, afterId: string): Promise<boolean> {
    return Due.hasNewerForTarget(this.db, targetKey, afterId);
  }

  recentAttempts(conversationId: string, since: string): Promise<string[]> {
    return Due.recentAttempts(this.db, this.clock, conversationId, since);
  }

  beginAttempt(id: string, owner: string, conversationId: string, at: string, leaseUntil: string, inDoubt: InDoubtOutcome | null): Promise<AttemptStart> {
    return Attempts.beginAttempt(this.db, id, owner, conversationId, at, leaseUntil, inDoubt);
  }

  markSent(id: string, activityId: string, at: string, inDoubt?: InDoubtOutcome | null): Promise<boolean> {
    return Attempts.markSent(this.db, id, activityId, at, inDoubt);
  }

  markRetry(id: string, notBefore: string, error: string, status: number | null, uncertain: boolean, at: string): Promise<void> {
    return Attempts.markRetry(this.db, id, notBefore, error, status, uncertain, at);
  }

  markFinal(id: string, state: FinalState, reason: string, status: number | null, at: string): Promise<void> {
    return Attempts.markFinal(this.db, id, state, reason, status, at);
  }

  markConversationUnreachable(conversationId: string, reason: string, at: string): Promise<boolean> {
    return Attempts.markConversationUnreachable(this.db, conversationId, reason, at);
  }

  heartbeat(workerId: string, at: string): Promise<void> {
    return Workers.heartbeat(this.db, workerId, at);
  }

  liveWorkers(since: string): Promise<number> {
    return Workers.liveWorkers(this.db, since);
  }

  removeWorker(workerId: string): Promise<void> {
    return Workers.removeWorker(this.db, workerId);
  }
}
