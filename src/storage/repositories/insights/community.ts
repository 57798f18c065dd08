import type { Kysely } from 'kysely';
import type { DayCount, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { dayOf, num } from './sql-number.js';

type Db = Kysely<Database>;

export async function community(db: Db, range: TimeRange) {
  const active = await db
    .selectFrom('activity')
    .select((eb) => eb.fn.count<number>('user_id').distinct().as('n'))
    .where('at', '>=', range.from)
    .where('at', '<', range.to)
    .executeTakeFirstOrThrow();
  const fresh = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('first_active_at', '>=', range.from)
    .where('first_active_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return { activeMakers: num(active.n), newMakers: num(fresh.n) };
}

export async function champions(db: Db): Promise<number> {
  const row = await db.selectFrom('user_roles').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'champion').executeTakeFirstOrThrow();
  return num(row.n);
}

export async function activeByDepartment(db: Db, range: TimeRange) {
  const rows = await db
    .selectFrom('activity')
    .innerJoin('users', 'users.id', 'activity.user_id')
    .select((eb) => ['users.department as department', eb.fn.count<number>('activity.user_id').distinct().as('n')])
    .where('activity.at', '>=', range.from)
    .where('activity.at', '<', range.to)
    .groupBy('users.department')
    .execute();
  return rows.map((r) => ({ department: r.department, activeMakers: num(r.n) }));
}

export async function activeByDay(db: Db, range: TimeRange): Promise<DayCount[]> {
  const rows = await db
    .selectFrom('activity')
    .select((eb) => [dayOf('at').as('day'), eb.fn.count<number>('user_id').distinct().as('n')])
    .where('at', '>=', range.from)
    .where('at', '<', range.to)
    .groupBy(dayOf('at'))
    .execute();
  return rows.map((r) => ({ day: r.day, n: num(r.n) }));
}
