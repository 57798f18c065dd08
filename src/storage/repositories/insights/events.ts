import type { Kysely } from 'kysely';
import type { EventCounts, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { num } from './sql-number.js';

type Db = Kysely<Database>;

/** Events that started in the range and were not cancelled. */
function held(db: Db, range: TimeRange) {
  return db.selectFrom('events').select('id').where('status', '<>', 'cancelled').where('starts_at', '>=', range.from).where('starts_at', '<', range.to);
}

export async function events(db: Db, range: TimeRange): Promise<EventCounts> {
  const totals = await db
    .selectFrom('events')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('capacity').as('capacity')])
    .where('status', '<>', 'cancelled')
    .where('starts_at', '>=', range.from)
    .where('starts_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const rsvps = await db
    .selectFrom('event_rsvps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('response', '=', 'going')
    .where('waitlisted', '=', 0)
    .where('event_id', 'in', held(db, range))
    .executeTakeFirstOrThrow();
  const feedback = await db
    .selectFrom('event_feedback')
    .select((eb) => [eb.fn.sum<number>('rating').as('total'), eb.fn.countAll<number>().as('n')])
    .where('event_id', 'in', held(db, range))
    .executeTakeFirstOrThrow();
  return { held: num(totals.n), rsvps: num(rsvps.n), capacity: num(totals.capacity), feedbackSum: num(feedback.total), feedbackCount: num(feedback.n) };
}

export async function eventList(db: Db, range: TimeRange) {
  const rows = await db
    .selectFrom('events as e')
    .select((eb) => [
      'e.id',
      'e.title',
      'e.starts_at',
      'e.capacity',
      eb.selectFrom('event_rsvps as r').select((s) => s.fn.countAll<number>().as('n')).whereRef('r.event_id', '=', 'e.id').where('r.response', '=', 'going').where('r.waitlisted', '=', 0).as('going'),
      eb.selectFrom('event_rsvps as r').select((s) => s.fn.countAll<number>().as('n')).whereRef('r.event_id', '=', 'e.id').where('r.response', '=', 'going').where('r.waitlisted', '=', 1).as('waitlisted'),
      eb.selectFrom('event_feedback as f').select((s) => s.fn.sum<number>('f.rating').as('t')).whereRef('f.event_id', '=', 'e.id').as('feedback_sum'),
      eb.selectFrom('event_feedback as f').select((s) => s.fn.countAll<number>().as('n')).whereRef('f.event_id', '=', 'e.id').as('feedback_count'),
    ])
    .where('e.status', '<>', 'cancelled')
    .where('e.starts_at', '>=', range.from)
    .where('e.starts_at', '<', range.to)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: r.starts_at,
    going: num(r.going),
    waitlisted: num(r.waitlisted),
    capacity: r.capacity === null ? null : num(r.capacity),
    feedbackSum: num(r.feedback_sum),
    feedbackCount: num(r.feedback_count),
  }));
}
