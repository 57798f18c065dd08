import { sql, type Kysely } from 'kysely';
import { FEEDBACK_REASONS, type FeedbackReason } from '../../../domain/ask/questions.js';
import type { AskCounts, GapCandidate, Span, TimeRange } from '../../../domain/insights/repository.js';
import type { Database } from '../../schema.js';
import { dayOf, num } from './sql-number.js';

type Db = Kysely<Database>;

const flag = (condition: string) => sql<number>`sum(case when ${sql.raw(condition)} then 1 else 0 end)`;

export async function ask(db: Db, range: TimeRange): Promise<AskCounts> {
  const q = await db
    .selectFrom('ask_questions')
    .select((eb) => [
      eb.fn.countAll<number>().as('asked'),
      flag('answered = 1').as('answered'),
      flag('escalated = 1').as('escalated'),
      flag(`feedback = 'helpful'`).as('helpful'),
      flag(`feedback = 'not-helpful'`).as('not_helpful'),
    ])
    .where('asked_at', '>=', range.from)
    .where('asked_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return { asked: num(q.asked), answered: num(q.answered), escalated: num(q.escalated), helpful: num(q.helpful), notHelpful: num(q.not_helpful), answeredByExperts: await answeredByExperts(db, range) };
}

export async function askByDay(db: Db, range: TimeRange) {
  const rows = await db
    .selectFrom('ask_questions')
    .select((eb) => [
      dayOf('asked_at').as('day'),
      eb.fn.countAll<number>().as('asked'),
      flag('answered = 1').as('answered'),
      flag('escalated = 1').as('escalated'),
      flag(`feedback = 'helpful'`).as('helpful'),
      flag(`feedback = 'not-helpful'`).as('not_helpful'),
    ])
    .where('asked_at', '>=', range.from)
    .where('asked_at', '<', range.to)
    .groupBy(dayOf('asked_at'))
    .execute();
  return rows.map((r) => ({ day: r.day, asked: num(r.asked), answered: num(r.answered), escalated: num(r.escalated), helpful: num(r.helpful), notHelpful: num(r.not_helpful) }));
}

export async function answeredByExperts(db: Db, range: TimeRange): Promise<number> {
  const row = await db
    .selectFrom('ask_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('answered_at', '>=', range.from)
    .where('answered_at', '<', range.to)
    .executeTakeFirstOrThrow();
  return num(row.n);
}

/** Escalation (ticket created) to the expert's answer, for tickets answered in the range. */
export async function expertAnswerSpans(db: Db, range: TimeRange): Promise<Span[]> {
  const rows = await db
    .selectFrom('ask_tickets')
    .select(['created_at', 'answered_at'])
    .where('answered_at', '>=', range.from)
    .where('answered_at', '<', range.to)
    .execute();
  return rows.map((r) => ({ start: r.created_at, end: r.answered_at! }));
}

/** Unanswered or 👎 questions grouped by their normalized terms, most frequent first. */
export async function gapCandidates(db: Db, range: TimeRange, limit: number): Promise<GapCandidate[]> {
  const rows = await db
    .selectFrom('ask_questions')
    .select((eb) => [
      'normalized',
      eb.fn.max('question').as('example'),
      eb.fn.countAll<number>().as('n'),
      flag('answered = 0').as('unanswered'),
      flag(`feedback = 'not-helpful'`).as('not_helpful'),
      eb.fn.max('asked_at').as('last'),
      ...FEEDBACK_REASONS.map((reason) => flag(`feedback_reason = '${reason}'`).as(`reason_${reason}`)),
      eb.fn.max('feedback_note').as('note'),
    ])
    .where('asked_at', '>=', range.from)
    .where('asked_at', '<', range.to)
    // Literal, not bound: the planners only use the partial index ask_questions_gaps when they can see its condition.
    .where(sql<boolean>`(answered = 0 or feedback = 'not-helpful')`)
    .groupBy('normalized')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('normalized')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const candidate: GapCandidate = { normalized: r.normalized, example: String(r.example), count: num(r.n), unanswered: num(r.unanswered), notHelpful: num(r.not_helpful), lastAskedAt: String(r.last) };
    // Why makers marked answers not helpful (#19), only when someone said.
    const row = r as unknown as Record<string, unknown>;
    const reasons = Object.fromEntries(FEEDBACK_REASONS.map((reason) => [reason, num(row[`reason_${reason}`] as number)]).filter(([, n]) => (n as number) > 0)) as Partial<Record<FeedbackReason, number>>;
    if (Object.keys(reasons).length > 0) candidate.reasons = reasons;
    if (typeof r.note === 'string' && r.note) candidate.note = r.note;
    return candidate;
  });
}
