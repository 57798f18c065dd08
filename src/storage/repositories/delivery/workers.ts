import type { Kysely } from 'kysely';
import type { Database } from '../../schema.js';

type Db = Kysely<Database>;

export async function heartbeat(db: Db, workerId: string, at: string): Promise<void> {
  await db
    .insertInto('delivery_workers')
    .values({ id: workerId, started_at: at, heartbeat_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ heartbeat_at: at }))
    .execute();
}

export async function liveWorkers(db: Db, since: string): Promise<number> {
  const row = await db.selectFrom('delivery_workers').select((eb) => eb.fn.countAll<string>().as('n')).where('heartbeat_at', '>=', since).executeTakeFirst();
  // Long-dead entries go, so the table stays as small as the fleet.
  await db.deleteFrom('delivery_workers').where('heartbeat_at', '<', new Date(Date.parse(since) - 3_600_000).toISOString()).execute();
  return Number(row?.n ?? 0);
}

export async function removeWorker(db: Db, workerId: string): Promise<void> {
  await db.deleteFrom('delivery_workers').where('id', '=', workerId).execute();
}
