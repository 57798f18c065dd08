import type { DeliveryBatch, BatchStats, BatchProblem } from './batches.js';
import type { DeliveryBatchInput, DeliveryOperation, DeliveryState, OutboundMessage } from './types.js';

/**
 * How an in-doubt send was settled: `found` (it had arrived: recorded, not sent again),
 * `not-found` (it had not: sent), `unknown` (the platform could not tell: sent again, so at worst
 * a person sees it twice — counted in the report as `inDoubtResent`).
 */
export type InDoubtOutcome = 'found' | 'not-found' | 'unknown';

/** One outbox row. */
export interface OutboxRecord {
  id: string;
  idempotencyKey: string;
  operation: DeliveryOperation;
  conversationId: string;
  tenantId: string;
  replyToActivityId: string | null;
  targetKey: string | null;
  template: string;
  payload: Record<string, unknown>;
  essential: boolean;
  recipientUserId: string | null;
  batchId: string | null;
  /** Not before this instant (ISO UTC); also the next try after a retryable failure. */
  notBefore: string | null;
  state: DeliveryState;
  /** Attempts made (an attempt is counted when it is written ahead, before the call). */
  attempt: number;
  claimedBy: string | null;
  leaseUntil: string | null;
  /** Teams' id of the posted message (sends), for later updates and deletes. */
  activityId: string | null;
  lastError: string | null;
  lastStatus: number | null;
  inDoubt: InDoubtOutcome | null;
  /** Set when the last attempt's outcome is uncertain: the next attempt looks for the message first. */
  inDoubtSince: string | null;
  createdAt: string;
  attemptedAt: string | null;
  sentAt: string | null;
  updatedAt: string;
}

/** A row the worker may act on now, with what it needs to decide without more queries. */
export interface DueMessage extends OutboxRecord {
  /** The recipient opted out of non-essential notifications. */
  recipientOptedOut: boolean;
  /**
   * The last locale the reader was seen with (users.locale): the recipient's, else the personal
   * chat's person's; null for channel posts and people never seen with one (English then).
   */
  recipientLocale: string | null;
  /** Its batch was cancelled. */
  batchCancelled: boolean;
}

/**
 * A conversation's queue ("lane"), claimed by one worker at a time. Working a conversation's
 * messages in one place keeps them in order (an update never overtakes its send), lets the
 * per-thread rate limit hold across instances, and makes a dead worker's lane claimable once its
 * lease runs out.
 */
export interface LaneClaim {
  conversationId: string;
  tenantId: string;
  /** The worker that held the lane before (null: never worked). Another one means our rate memory of it is stale. */
  lastHolder: string | null;
}

/** Final states a worker can put a message in without (or after) calling Teams. */
export type FinalState = Extract<DeliveryState, 'failed' | 'unreachable' | 'skipped' | 'cancelled' | 'superseded'>;

export type AttemptStart = 'ok' | 'lost-lane' | 'gone';

/**
 * The outbox. Producers use the first three methods inside their own transaction
 * (`await tx.outbox.enqueue(message)`), so the message commits with the state change that caused
 * it or not at all. The rest serves the worker, the report and the operators.
 */
export interface OutboxRepository {
  /** Queues a message; a no-op (created: false) when its idempotency key is already queued or sent. */
  enqueue(message: OutboundMessage): Promise<{ id: string; created: boolean }>;
  /** Opens a batch; a no-op (false) when a batch with that id exists. */
  createBatch(batch: DeliveryBatchInput): Promise<boolean>;
  /** Withdraws a message that has not been sent yet (false when there was none to withdraw). */
  cancel(idempotencyKey: string): Promise<boolean>;

  findByKey(idempotencyKey: string): Promise<OutboxRecord | undefined>;
  findById(id: string): Promise<OutboxRecord | undefined>;

  // Batches and reports
  findBatch(id: string): Promise<DeliveryBatch | undefined>;
  listBatches(filter: { limit: number; kind?: string }): Promise<DeliveryBatch[]>;
  batchStats(batchIds: readonly string[], now: string): Promise<Map<string, BatchStats>>;
  batchProblems(batchId: string, limit: number): Promise<BatchProblem[]>;
  /** Marks the batch cancelled and cancels what is still queued; returns how many messages were cancelled. */
  cancelBatch(batchId: string, by: string | null, at: string): Promise<number>;

  // The worker
  /** Claims up to `limit` lanes with due work for `owner` until `leaseUntil`. */
  claimLanes(owner: string, now: string, leaseUntil: string, limit: number, excludeTenants: readonly string[]): Promise<LaneClaim[]>;
  /** The lane's messages that are due, oldest first. */
  dueInLane(conversationId: string, now: string, limit: number): Promise<DueMessage[]>;
  /** True when a newer update or delete of the same target waits behind `afterId` (so this one can be skipped). */
  hasNewerForTarget(targetKey: string, afterId: string): Promise<boolean>;
  /**
   * Write-ahead: marks the message `sending` (attempt + 1, lease) and renews the lane's lease, in one
   * commit, before the call. `lost-lane`: another worker owns the lane now; `gone`: the message is
   * no longer waiting (cancelled meanwhile).
   */
  beginAttempt(id: string, owner: string, conversationId: string, at: string, leaseUntil: string, inDoubt: InDoubtOutcome | null): Promise<AttemptStart>;
  markSent(id: string, activityId: string, at: string, inDoubt?: InDoubtOutcome | null): Promise<boolean>;
  /** Back to `queued` until `notBefore`; `uncertain` = look for it before the next attempt. */
  markRetry(id: string, notBefore: string, error: string, status: number | null, uncertain: boolean, at: string): Promise<void>;
  markFinal(id: string, state: FinalState, reason: string, status: number | null, at: string): Promise<void>;
  /** Records that the conversation cannot be messaged (403/404) — until it is active again. */
  markConversationUnreachable(conversationId: string, reason: string, at: string): Promise<boolean>;
  /** Gives the lane back: due again at its earliest waiting message, not before `notBefore`. */
  releaseLane(conversationId: string, owner: string, notBefore: string | null): Promise<void>;
  renewLane(conversationId: string, owner: string, leaseUntil: string): Promise<boolean>;
  /** Extends the lease of every lane in `conversationIds` that `owner` still holds. */
  renewLanes(conversationIds: readonly string[], owner: string, leaseUntil: string): Promise<number>;
  /** When the calls to the conversation started since `since` completed (rate-limit memory after a handover). */
  recentAttempts(conversationId: string, since: string): Promise<string[]>;
  /** Repairs lanes that lost track of waiting messages (a safety net; returns lanes repaired). */
  repairLanes(now: string, limit: number): Promise<number>;

  // Instances sharing the database (the tenant budget is split between the live ones)
  heartbeat(workerId: string, at: string): Promise<void>;
  liveWorkers(since: string): Promise<number>;
  removeWorker(workerId: string): Promise<void>;
}
