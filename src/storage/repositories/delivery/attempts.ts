import { sql, type Kysely } from 'kysely';
import type { AttemptStart, FinalState, InDoubtOutcome } from '../../../domain/delivery/outbox.js';
import type { Database } from '../../schema.js';
import { atomic } from './atomic.js';
import { WAITING } from './rows.js';

type Db = Kysely<Database>;

/** Longest error text kept per message (the report shows it; logs have the rest). */
const MAX_ERROR = 500;

const clip = (text: string) => (text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR - 1)}…` : text);

export async function beginAttempt(db: Db, id: string, owner: string, conversationId: string, at: string, leaseUntil: string, inDoubt: InDoubtOutcome | null): Promise<AttemptStart> {
  return atomic(db, async (db) => {
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
        // This send is unverified: the lookup could not tell whether the last one arrived.
        in_doubt_resends: inDoubt === 'unknown' ? eb('in_doubt_resends', '+', 1) : eb.ref('in_doubt_resends'),
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('state', 'in', WAITING)
      .executeTakeFirst();
    return Number(row.numUpdatedRows) === 0 ? 'gone' : 'ok';
  });
}

export async function markSent(db: Db, id: string, activityId: string, at: string, inDoubt?: InDoubtOutcome | null): Promise<boolean> {
  const result = await db
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
      in_doubt_finds: inDoubt === 'found' ? eb('in_doubt_finds', '+', 1) : eb.ref('in_doubt_finds'),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('state', 'in', WAITING)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markRetry(db: Db, id: string, notBefore: string, error: string, status: number | null, uncertain: boolean, at: string): Promise<void> {
  await db
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

export async function markFinal(db: Db, id: string, state: FinalState, reason: string, status: number | null, at: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ state, last_error: clip(reason), last_status: status, claimed_by: null, lease_until: null, in_doubt_since: null, updated_at: at })
    .where('id', '=', id)
    .where('state', 'in', WAITING)
    .execute();
}

export async function markConversationUnreachable(db: Db, conversationId: string, reason: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('conversations')
    .set({ unreachable_at: at, unreachable_reason: clip(reason), updated_at: at })
    .where('id', '=', conversationId)
    .where('unreachable_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
