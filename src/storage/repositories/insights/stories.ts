import { sql, type Kysely } from 'kysely';
import type { TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { monthOf, num } from './sql-number.js';

type Db = Kysely<Database>;

export async function stories(db: Db, range: TimeRange) {
  const row = await db
    .selectFrom('stories')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('hours_saved_per_month').as('hours'), eb.fn.sum<number>('people_served').as('people')])
    .where('status', '=', 'published')
    .where('published_at', '>=', range.from)
    .where('published_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return { published: num(row.n), hoursSavedPerMonth: num(row.hours), peopleServed: num(row.people) };
}

/** Product ids are a fixed set stored as a JSON array: one conditional sum per product, in one pass. */
export async function storiesByProduct(db: Db, until: string, products: readonly string[]) {
  if (!products.length) return [];
  const row = await db
    .selectFrom('stories')
    .select(
      products.flatMap((product, i) => {
        const pattern = `%"${product}"%`;
        return [
          sql<number>`sum(case when products_json like ${pattern} then 1 else 0 end)`.as(`s${i}`),
          sql<number>`sum(case when products_json like ${pattern} then coalesce(hours_saved_per_month, 0) else 0 end)`.as(`h${i}`),
        ];
      }),
    )
    .where('status', '=', 'published')
    .where('published_at', '<', until)
    .executeTakeFirstOrThrow();
  const values = row as Record<string, unknown>;
  return products.map((product, i) => ({ product, stories: num(values[`s${i}`]), hoursSavedPerMonth: num(values[`h${i}`]) }));
}

export async function storiesByMonth(db: Db, range: TimeRange) {
  const rows = await db
    .selectFrom('stories')
    .select((eb) => [monthOf('published_at').as('month'), eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('hours_saved_per_month').as('hours')])
    .where('status', '=', 'published')
    .where('published_at', '>=', range.from)
    .where('published_at', '<', range.to)
    .groupBy(monthOf('published_at'))
    .execute();
  return rows.map((r) => ({ month: r.month, published: num(r.n), hoursSavedPerMonth: num(r.hours) }));
}
