import type { Kysely } from 'kysely';
import { orderedId } from '../../../domain/delivery/ids.js';
import type { OutboundMessage } from '../../../domain/delivery/types.js';
import type { Clock } from '../../../domain/shared/clock.js';
import { ValidationError } from '../../../domain/shared/errors.js';
import type { Database } from '../../schema.js';
import { atomic } from './atomic.js';
import { touchLane } from './lanes.js';

type Db = Kysely<Database>;

function iso(value: string, field: string): string {
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new ValidationError(`${field} "${value}" is not a date and time`, { [field]: 'not an ISO date-time' });
  // One format everywhere, so text comparison orders instants (SQLite and PostgreSQL alike).
  return new Date(t).toISOString();
}

/** Queues a message and makes its lane due; a no-op (created: false) when its idempotency key is already there. */
export async function enqueue(db: Db, clock: Clock, message: OutboundMessage): Promise<{ id: string; created: boolean }> {
  if (!message.idempotencyKey) throw new ValidationError('A message needs an idempotency key.', { idempotencyKey: 'required' });
  if (message.operation !== 'send' && !message.targetKey) throw new ValidationError(`An ${message.operation} needs the key of the message it changes.`, { targetKey: 'required' });
  const notBefore = message.notBefore ? iso(message.notBefore, 'notBefore') : null;
  return atomic(db, async (db) => {
    const existing = await db.selectFrom('outbox').select('id').where('idempotency_key', '=', message.idempotencyKey).executeTakeFirst();
    if (existing) return { id: existing.id, created: false };
    const conversation = await db.selectFrom('conversations').select(['tenant_id', 'scope', 'user_id']).where('id', '=', message.conversationId).executeTakeFirst();
    const nowDate = clock.now();
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
    await touchLane(db, message.conversationId, conversation?.tenant_id ?? '', notBefore ?? now);
    return { id, created: true };
  });
}

/** Withdraws a message that is still queued (false when there was none to withdraw). */
export async function cancel(db: Db, clock: Clock, idempotencyKey: string): Promise<boolean> {
  const now = clock.now().toISOString();
  const result = await db
    .updateTable('outbox')
    .set({ state: 'cancelled', last_error: 'Withdrawn before it was sent.', updated_at: now })
    .where('idempotency_key', '=', idempotencyKey)
    .where('state', '=', 'queued')
    // A message whose last attempt may have arrived is settled by the worker, not withdrawn blind.
    .where('in_doubt_since', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
