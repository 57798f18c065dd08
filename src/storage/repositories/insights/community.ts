import { sql, type Kysely } from 'kysely';
import type { DayCount, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { dayOf, num } from './sql-number.js';

type Db = Kysely<Database>;

/**
 * People with an activity in the range, found by one index seek per person (activity_user_at)
 * rather than a distinct count over every activity of the range: the cost follows the number of
 * people, not the length of the period.
 */
function activeIn(db: Db, range: TimeRange) {
  return db
    .selectFrom('users as u')
    .where(({ exists, selectFrom }) => exists(selectFrom('activity as a').select(sql.lit(1).as('one')).whereRef('a.user_id', '=', 'u.id').where('a.at', '>=', range.from).where('a.at', '<', range.to)));
}

export async function activeMakers(db: Db, range: TimeRange): Promise<number> {
  const active = await activeIn(db, range)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return num(active.n);
}

export async function newMakers(db: Db, range: TimeRange): Promise<number> {
  const fresh = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('first_active_at', '>=', range.from)
    .where('first_active_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return num(fresh.n);
}

export async function champions(db: Db): Promise<number> {
  const row = await db.selectFrom('user_roles').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'champion').executeTakeFirstOrThrow();
  return num(row.n);
}

export async function activeByDepartment(db: Db, range: TimeRange) {
  const rows = await activeIn(db, range)
    .select((eb) => ['u.department as department', eb.fn.countAll<number>().as('n')])
    .groupBy('u.department')
    .execute();
  return rows.map((r) => ({ department: r.department, activeMakers: num(r.n) }));
}

export async function activeByDay(db: Db, range: TimeRange): Promise<DayCount[]> {
  const rows = await db
    .selectFrom('activity')
    .select((eb) => [dayOf('at').as('day'), eb.fn.count<number>('user_id').distinct().as('n')])
    // By day, not instant, so the planner reads the (day, user) expression index in order; periods start at midnight.
    .where(dayOf('at'), '>=', range.from.slice(0, 10))
    .where(dayOf('at'), '<', range.to.slice(0, 10))
    .groupBy(dayOf('at'))
    .execute();
  return rows.map((r) => ({ day: r.day, n: num(r.n) }));
}
