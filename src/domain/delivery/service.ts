import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { Actor, ChangeContext } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { Store } from '../store.js';
import { buildReport, emptyStats, type DeliveryReport } from './batches.js';
import type { OutboxRecord } from './outbox.js';
import type { DeliveryBatchInput, OutboundMessage } from './types.js';
import { say } from '../shared/error-text.js';

const ENTITY = (id: string) => ({ type: 'delivery-batch', id });

/** A plain message for simple uses and tests; the Teams layer renders `notice.text` as Markdown text. */
export function textNotice(input: { key: string; conversationId: string; text: string; essential?: boolean; batchId?: string | null; notBefore?: string | null; recipientUserId?: string | null }): OutboundMessage {
  return {
    idempotencyKey: input.key,
    operation: 'send',
    conversationId: input.conversationId,
    template: 'notice.text',
    payload: { text: input.text },
    essential: input.essential ?? true,
    recipientUserId: input.recipientUserId ?? null,
    batchId: input.batchId ?? null,
    notBefore: input.notBefore ?? null,
  };
}

/** An Adaptive Card message (`notice.card`): the card JSON travels in the payload. */
export function cardNotice(input: { key: string; conversationId: string; card: Record<string, unknown>; essential?: boolean; batchId?: string | null; notBefore?: string | null }): OutboundMessage {
  return {
    idempotencyKey: input.key,
    operation: 'send',
    conversationId: input.conversationId,
    template: 'notice.card',
    payload: { card: input.card },
    essential: input.essential ?? true,
    batchId: input.batchId ?? null,
    notBefore: input.notBefore ?? null,
  };
}

/** Replaces the content of a message sent earlier (RSVP counts, kudos, a decided approval). */
export function cardUpdate(input: { key: string; targetKey: string; conversationId: string; card: Record<string, unknown> }): OutboundMessage {
  return { idempotencyKey: input.key, operation: 'update', targetKey: input.targetKey, conversationId: input.conversationId, template: 'notice.card', payload: { card: input.card }, essential: true };
}

/**
 * The delivery engine's use cases for callers outside a transaction: queue messages and batches,
 * report on them, cancel a batch. (Inside their own transactions, capabilities use `tx.outbox`.)
 */
export class DeliveryService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Queues one message in its own transaction; an existing idempotency key changes nothing. */
  async enqueue(message: OutboundMessage): Promise<{ id: string; created: boolean }> {
    return this.store.transaction((tx) => tx.outbox.enqueue(message));
  }

  /** Withdraws a queued message that has not gone out yet (false: unknown, or already on its way). */
  async withdraw(idempotencyKey: string): Promise<boolean> {
    return this.store.transaction((tx) => tx.outbox.cancel(idempotencyKey));
  }

  /** Opens a batch and queues its messages, all or nothing: a fan-out is never half-queued. */
  async enqueueBatch(batch: DeliveryBatchInput, messages: readonly OutboundMessage[]): Promise<{ batchId: string; queued: number }> {
    return this.store.transaction(async (tx) => {
      await tx.outbox.createBatch(batch);
      let queued = 0;
      for (const message of messages) if ((await tx.outbox.enqueue({ ...message, batchId: batch.id })).created) queued += 1;
      return { batchId: batch.id, queued };
    });
  }

  async createBatch(batch: DeliveryBatchInput): Promise<boolean> {
    if (!batch.id.trim()) throw new ValidationError(say('errors.delivery.batchId'), { id: say('errors.delivery.required') });
    return this.store.repos.outbox.createBatch(batch);
  }

  /** The delivery report of one batch (coe-admins; operators at the CLI). */
  async report(actor: Actor, batchId: string): Promise<DeliveryReport> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'delivery.report', ENTITY(batchId));
    return this.reportOf(batchId);
  }

  /** The most recent batches with their counts, newest first. */
  async listBatches(actor: Actor, options: { limit?: number; kind?: string } = {}): Promise<DeliveryReport[]> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'delivery.list', ENTITY('*'));
    const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
    const batches = await this.store.repos.outbox.listBatches({ limit, kind: options.kind });
    const now = this.clock.now();
    const stats = await this.store.repos.outbox.batchStats(
      batches.map((b) => b.id),
      now.toISOString(),
    );
    return batches.map((b) => buildReport(b, stats.get(b.id) ?? emptyStats(), [], now));
  }

  /**
   * Cancels a batch: what is still queued is not sent (counted as cancelled); messages already on
   * their way finish. Audited; cancelling twice changes nothing the second time.
   */
  async cancelBatch(change: ChangeContext, batchId: string): Promise<DeliveryReport> {
    const { actor, correlationId } = change;
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'delivery.batch.cancel', ENTITY(batchId));
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      const batch = await tx.outbox.findBatch(batchId);
      if (!batch) throw new NotFoundError(say('errors.delivery.batchGone'));
      if (batch.cancelledAt) return;
      const cancelled = await tx.outbox.cancelBatch(batchId, actorName(actor), at);
      await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'delivery.batch.cancel', ENTITY(batchId), { cancelledAt: null }, { cancelledAt: at, messagesCancelled: cancelled });
    });
    return this.reportOf(batchId);
  }

  /** One message by its idempotency key (diagnostics). */
  async message(actor: Actor, idempotencyKey: string): Promise<OutboxRecord> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'delivery.message', { type: 'outbox', id: idempotencyKey });
    const record = await this.store.repos.outbox.findByKey(idempotencyKey);
    if (!record) throw new NotFoundError(say('errors.delivery.noMessage'));
    return record;
  }

  private async reportOf(batchId: string): Promise<DeliveryReport> {
    const batch = await this.store.repos.outbox.findBatch(batchId);
    if (!batch) throw new NotFoundError(say('errors.delivery.batchGone'));
    const now = this.clock.now();
    const stats = (await this.store.repos.outbox.batchStats([batchId], now.toISOString())).get(batchId) ?? emptyStats();
    return buildReport(batch, stats, await this.store.repos.outbox.batchProblems(batchId, 10), now);
  }
}

function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.principal.user.id : `${actor.kind}:${actor.name}`;
}
