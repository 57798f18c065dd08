import { sql, type Kysely } from 'kysely';
import type { Span, TimeRange } from '../../../domain/insights/repository.js';
import { LIVE_STATUSES } from '../../../domain/environments/types.js';
import type { Database } from '../../schema.js';
import { num } from './sql-number.js';

type Db = Kysely<Database>;

export async function environments(db: Db, range: TimeRange) {
  const submitted = await db
    .selectFrom('environment_requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .executeTakeFirstOrThrow();
  // A decision is dated by decided_at; a rejected request stays rejected, anything else decided was approved.
  const decided = await db
    .selectFrom('environment_requests')
    .select([sql<number>`sum(case when status = 'rejected' then 0 else 1 end)`.as('approved'), sql<number>`sum(case when status = 'rejected' then 1 else 0 end)`.as('rejected')])
    .where('decided_at', '>=', range.from)
    .where('decided_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return { submitted: num(submitted.n), approved: num(decided.approved), rejected: num(decided.rejected) };
}

export async function leadTimeSpans(db: Db, range: TimeRange): Promise<Span[]> {
  const rows = await db
    .selectFrom('environment_requests')
    .select(['created_at', 'provisioned_at'])
    .where('provisioned_at', '>=', range.from)
    .where('provisioned_at', '<', range.to)
    .execute();
  return rows.map((r) => ({ start: r.created_at, end: r.provisioned_at! }));
}

export async function requestsByType(db: Db, range: TimeRange) {
  const rows = await db
    .selectFrom('environment_requests')
    .select((eb) => ['env_type', eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .groupBy('env_type')
    .execute();
  return rows.map((r) => ({ type: r.env_type, count: num(r.n) }));
}

export async function requestsByState(db: Db, range: TimeRange) {
  const rows = await db
    .selectFrom('environment_requests')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('created_at', '>=', range.from)
    .where('created_at', '<', range.to)
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ state: r.status, count: num(r.n) }));
}

/** Live environments whose expiry falls in the range, soonest first. */
export async function expiring(db: Db, range: TimeRange, limit: number) {
  const base = db
    .selectFrom('environment_requests')
    .where('status', 'in', [...LIVE_STATUSES])
    .where('expires_at', '>=', range.from)
    .where('expires_at', '<', range.to);
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await base
    .innerJoin('users', 'users.id', 'environment_requests.requester_id')
    .select(['reference', 'environment_requests.display_name as displayName', 'users.display_name as requester', 'expires_at'])
    .orderBy('expires_at')
    .orderBy('reference')
    .limit(limit)
    .execute();
  return { count: num(count.n), items: items.map((r) => ({ reference: r.reference, displayName: r.displayName, requester: r.requester, expiresAt: r.expires_at! })) };
}
