import type { Kysely } from 'kysely';
import type { DueMessage } from '../../../domain/delivery/outbox.js';
import type { Clock } from '../../../domain/shared/clock.js';
import type { Database } from '../../schema.js';
import { toRecord, WAITING } from './rows.js';

type Db = Kysely<Database>;

/** The lane's messages that are due, oldest first, with the recipient's opt-out and locale and the batch's cancellation. */
export async function dueInLane(db: Db, conversationId: string, now: string, limit: number): Promise<DueMessage[]> {
  const rows = await db
    .selectFrom('outbox as o')
    .leftJoin('users as u', 'u.id', 'o.recipient_user_id')
    .leftJoin('delivery_batches as b', 'b.id', 'o.batch_id')
    // A personal chat's person reads what is sent there even when the message names no recipient.
    .leftJoin('conversations as c', 'c.id', 'o.conversation_id')
    .leftJoin('users as cu', 'cu.id', 'c.user_id')
    .selectAll('o')
    .select(['u.notifications_opt_out as opted_out', 'b.cancelled_at as batch_cancelled_at', 'u.locale as recipient_locale', 'cu.locale as chat_locale'])
    .where('o.conversation_id', '=', conversationId)
    .where('o.state', 'in', WAITING)
    .where((eb) => eb.or([eb('o.not_before', 'is', null), eb('o.not_before', '<=', now)]))
    .orderBy('o.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...toRecord(r),
    recipientOptedOut: Number(r.opted_out ?? 0) === 1,
    recipientLocale: r.recipient_locale ?? r.chat_locale ?? null,
    batchCancelled: r.batch_cancelled_at !== null,
  }));
}

export async function hasNewerForTarget(db: Db, targetKey: string, afterId: string): Promise<boolean> {
  const row = await db
    .selectFrom('outbox')
    .select('id')
    .where('target_key', '=', targetKey)
    .where('state', '=', 'queued')
    .where('id', '>', afterId)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

export async function recentAttempts(db: Db, clock: Clock, conversationId: string, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['state', 'sent_at', 'updated_at'])
    .where('conversation_id', '=', conversationId)
    .where('attempted_at', '>', since)
    .execute();
  // When each last call completed (a call in flight counts as now): the later instant is the safe one.
  const now = clock.now().toISOString();
  return rows.map((r) => (r.state === 'sending' ? now : (r.sent_at ?? r.updated_at))).sort();
}
