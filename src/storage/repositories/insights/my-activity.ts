import { sql, type Kysely } from 'kysely';
import type { MyActivityCounts, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { dayOf, num } from './sql-number.js';

type Db = Kysely<Database>;

/** One person's own figures for a range; every query is by user id first (indexed). */
export async function myActivity(db: Db, userId: string, range: TimeRange, heldBefore: string): Promise<MyActivityCounts> {
  const questions = await db
    .selectFrom('ask_questions')
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`sum(case when escalated = 1 then 1 else 0 end)`.as('escalated')])
    .where('user_id', '=', userId)
    .where('asked_at', '>=', range.from)
    .where('asked_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const recent = await db
    .selectFrom('ask_questions as q')
    .leftJoin('ask_tickets as t', 't.id', 'q.ticket_id')
    .select(['q.asked_at', 'q.question', 'q.answered', 'q.feedback', 't.state'])
    .where('q.user_id', '=', userId)
    .where('q.asked_at', '>=', range.from)
    .where('q.asked_at', '<', range.to)
    .orderBy('q.asked_at', 'desc')
    .orderBy('q.id', 'desc')
    .limit(20)
    .execute();
  const counts = await db
    .selectFrom('activity')
    .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('at', '>=', range.from)
    .where('at', '<', range.to)
    .groupBy('kind')
    .execute();
  const byKind = new Map(counts.map((r) => [r.kind, num(r.n)]));
  const attended = await db
    .selectFrom('event_rsvps as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.user_id', '=', userId)
    .where('r.response', '=', 'going')
    .where('r.waitlisted', '=', 0)
    .where('e.status', '<>', 'cancelled')
    .where('e.starts_at', '>=', range.from)
    .where('e.starts_at', '<', range.to)
    .where('e.starts_at', '<', heldBefore)
    .executeTakeFirstOrThrow();
  const paths = await db
    .selectFrom('training_completions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('completed_at', '>=', range.from)
    .where('completed_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const stories = await db
    .selectFrom('stories')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('hours_saved_per_month').as('hours')])
    .where('author_id', '=', userId)
    .where('status', '=', 'published')
    .where('published_at', '>=', range.from)
    .where('published_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const days = await db
    .selectFrom('activity')
    .select((eb) => [dayOf('at').as('day'), eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .where('at', '>=', range.from)
    .where('at', '<', range.to)
    .groupBy(dayOf('at'))
    .execute();
  return {
    questionsAsked: num(questions.n),
    questionsEscalated: num(questions.escalated),
    recentQuestions: recent.map((r) => ({ askedAt: r.asked_at, question: r.question, answered: num(r.answered) === 1, feedback: r.feedback, ticketState: r.state })),
    environmentRequests: byKind.get('requested-environment') ?? 0,
    rsvps: byKind.get('rsvp-going') ?? 0,
    eventsAttended: num(attended.n),
    modulesCompleted: byKind.get('module-completed') ?? 0,
    pathsCompleted: num(paths.n),
    storiesPublished: num(stories.n),
    hoursSavedPerMonth: num(stories.hours),
    byDay: days.map((r) => ({ day: r.day, n: num(r.n) })),
  };
}
