import type { Kysely } from 'kysely';
import type { DayCount, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { dayOf, num } from './sql-number.js';

type Db = Kysely<Database>;

export async function training(db: Db, range: TimeRange) {
  // An enrolment is a person's first completed module on a path: no separate "enrol" step exists.
  const firsts = db
    .selectFrom('training_progress as p')
    .innerJoin('training_modules as m', 'm.id', 'p.module_id')
    .select((eb) => ['p.user_id', 'm.path_id', eb.fn.min('p.completed_at').as('first_at')])
    .groupBy(['p.user_id', 'm.path_id'])
    .as('firsts');
  const enrolments = await db
    .selectFrom(firsts)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('first_at', '>=', range.from)
    .where('first_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const modules = await db
    .selectFrom('training_progress')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('completed_at', '>=', range.from)
    .where('completed_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const paths = await db
    .selectFrom('training_completions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('completed_at', '>=', range.from)
    .where('completed_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return { enrolments: num(enrolments.n), modulesCompleted: num(modules.n), pathsCompleted: num(paths.n) };
}

export async function trainingByPath(db: Db, until: string) {
  const paths = await db.selectFrom('training_paths').select(['id', 'title']).where('retired_at', 'is', null).orderBy('position').orderBy('title').execute();
  const learners = await db
    .selectFrom('training_progress as p')
    .innerJoin('training_modules as m', 'm.id', 'p.module_id')
    .select((eb) => ['m.path_id', eb.fn.count<number>('p.user_id').distinct().as('n')])
    .where('p.completed_at', '<', until)
    .groupBy('m.path_id')
    .execute();
  const completed = await db
    .selectFrom('training_completions')
    .select((eb) => ['path_id', eb.fn.countAll<number>().as('n')])
    .where('completed_at', '<', until)
    .groupBy('path_id')
    .execute();
  const started = new Map(learners.map((r) => [r.path_id, num(r.n)]));
  const done = new Map(completed.map((r) => [r.path_id, num(r.n)]));
  return paths.map((p) => ({ pathId: p.id, title: p.title, learners: started.get(p.id) ?? 0, completed: done.get(p.id) ?? 0 }));
}

export async function modulesByDay(db: Db, range: TimeRange): Promise<DayCount[]> {
  const rows = await db
    .selectFrom('training_progress')
    .select((eb) => [dayOf('completed_at').as('day'), eb.fn.countAll<number>().as('n')])
    .where('completed_at', '>=', range.from)
    .where('completed_at', '<', range.to)
    .groupBy(dayOf('completed_at'))
    .execute();
  return rows.map((r) => ({ day: r.day, n: num(r.n) }));
}
