import { sql, type Kysely } from 'kysely';
import type { Database } from '../../schema.js';
import { WAITING } from './rows.js';

type Db = Kysely<Database>;

/** Makes the lane due no later than `dueAt`; bumping the version tells a releasing worker it missed something. */
export async function touchLane(db: Db, conversationId: string, tenantId: string, dueAt: string): Promise<void> {
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

/** Makes due now the lanes (up to `limit`) that have waiting messages but no due time and no holder; returns how many. */
export async function repairLanes(db: Db, now: string, limit: number): Promise<number> {
  const rows = await db
    .selectFrom('outbox as o')
    .leftJoin('delivery_lanes as l', 'l.conversation_id', 'o.conversation_id')
    .select(['o.conversation_id', 'o.tenant_id'])
    .distinct()
    .where('o.state', 'in', WAITING)
    .where((eb) => eb.or([eb('l.conversation_id', 'is', null), eb.and([eb('l.next_at', 'is', null), eb('l.claimed_by', 'is', null)])]))
    .limit(limit)
    .execute();
  for (const r of rows) await touchLane(db, r.conversation_id, r.tenant_id, now);
  return rows.length;
}
