import type { Selectable } from 'kysely';
import type { DeliveryBatch } from '../../../domain/delivery/batches.js';
import type { InDoubtOutcome, OutboxRecord } from '../../../domain/delivery/outbox.js';
import type { DeliveryOperation, DeliveryState } from '../../../domain/delivery/types.js';
import type { DeliveryBatchesTable, OutboxTable } from '../../schema-delivery.js';

/** The states of a message that has not gone out yet: a worker may still act on it. */
export const WAITING: DeliveryState[] = ['queued', 'sending'];

/** A stored outbox row as the domain sees it. */
export function toRecord(r: Selectable<OutboxTable>): OutboxRecord {
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

export function toBatch(r: Selectable<DeliveryBatchesTable>): DeliveryBatch {
  return { id: r.id, kind: r.kind, title: r.title, createdBy: r.created_by, createdAt: r.created_at, cancelledAt: r.cancelled_at, cancelledBy: r.cancelled_by };
}
