import { sql, type Kysely } from 'kysely';
import type { LaneClaim } from '../../../domain/delivery/outbox.js';
import type { Clock } from '../../../domain/shared/clock.js';
import type { Database } from '../../schema.js';
import { WAITING } from './rows.js';

type Db = Kysely<Database>;

/**
 * Claims up to `limit` due lanes. The one clause that differs: PostgreSQL locks the lanes it picks
 * with `FOR UPDATE SKIP LOCKED`, so concurrent workers take different lanes without waiting for each
 * other; SQLite has one writer at a time, and a single UPDATE … RETURNING is atomic.
 */
export async function claimLanes(db: Db, postgres: boolean, owner: string, now: string, leaseUntil: string, limit: number, excludeTenants: readonly string[]): Promise<LaneClaim[]> {
  if (limit <= 0) return [];
  const exclude = excludeTenants.length ? sql`AND tenant_id NOT IN (${sql.join([...excludeTenants])})` : sql``;
  const lock = postgres ? sql`FOR UPDATE SKIP LOCKED` : sql``;
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
    RETURNING conversation_id, tenant_id, last_holder`.execute(db);
  return result.rows.map((r) => ({ conversationId: r.conversation_id, tenantId: r.tenant_id, lastHolder: r.last_holder }));
}

export async function renewLane(db: Db, conversationId: string, owner: string, leaseUntil: string): Promise<boolean> {
  const result = await db.updateTable('delivery_lanes').set({ lease_until: leaseUntil }).where('conversation_id', '=', conversationId).where('claimed_by', '=', owner).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function renewLanes(db: Db, conversationIds: readonly string[], owner: string, leaseUntil: string): Promise<number> {
  if (!conversationIds.length) return 0;
  const result = await db.updateTable('delivery_lanes').set({ lease_until: leaseUntil }).where('conversation_id', 'in', [...conversationIds]).where('claimed_by', '=', owner).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function releaseLane(db: Db, clock: Clock, conversationId: string, owner: string, notBefore: string | null): Promise<void> {
  // Optimistic: if a message was queued while we computed the next due time, the version moved
  // and we compute again, so a message queued during a release is never left unnoticed.
  for (let round = 0; round < 5; round += 1) {
    const lane = await db.selectFrom('delivery_lanes').select('version').where('conversation_id', '=', conversationId).where('claimed_by', '=', owner).executeTakeFirst();
    if (!lane) return;
    const next = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.min<string>(eb.fn.coalesce('not_before', 'created_at')).as('due'))
      .where('conversation_id', '=', conversationId)
      .where('state', 'in', WAITING)
      .executeTakeFirst();
    const due = next?.due ?? null;
    const nextAt = due === null ? null : notBefore && notBefore > due ? notBefore : due;
    const result = await db
      .updateTable('delivery_lanes')
      .set({ claimed_by: null, lease_until: null, last_holder: owner, next_at: nextAt })
      .where('conversation_id', '=', conversationId)
      .where('claimed_by', '=', owner)
      .where('version', '=', lane.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return;
  }
  // Kept changing under us: leave it due now; whoever claims it next sorts it out.
  await db
    .updateTable('delivery_lanes')
    .set({ claimed_by: null, lease_until: null, last_holder: owner, next_at: clock.now().toISOString() })
    .where('conversation_id', '=', conversationId)
    .where('claimed_by', '=', owner)
    .execute();
}
