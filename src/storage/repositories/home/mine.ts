import type { Kysely } from 'kysely';
import type { MyEventRow, TrainingPathRow } from '../../../domain/home/repository.js';
import type { HomeQuestion, HomeRequest } from '../../../domain/home/types.js';
import type { RsvpResponse } from '../../../domain/events/types.js';
import type { RequestStatus } from '../../../domain/environments/types.js';
import type { TicketState } from '../../../domain/ask/tickets/types.js';
import type { StoryStatus } from '../../../domain/stories/types.js';
import type { Database } from '../../schema.js';

type Db = Kysely<Database>;

/** The person's own rows for Home; each query starts from an index on the person's id. */
export async function myNextEvents(db: Db, userId: string, now: string, limit: number): Promise<MyEventRow[]> {
  const rows = await db
    .selectFrom('event_rsvps as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['e.id', 'e.title', 'e.starts_at', 'e.ends_at', 'e.time_zone', 'e.meeting_url', 'r.response', 'r.waitlisted'])
    .where('r.user_id', '=', userId)
    .where('r.response', '!=', 'not-going')
    .where('e.status', '=', 'scheduled')
    .where('e.ends_at', '>', now)
    .orderBy('e.starts_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, startsAt: r.starts_at, endsAt: r.ends_at, timeZone: r.time_zone, meetingUrl: r.meeting_url, response: r.response as RsvpResponse, waitlisted: r.waitlisted === 1 }));
}

async function pathWithProgress(db: Db, userId: string, pathId: string): Promise<TrainingPathRow | null> {
  const path = await db.selectFrom('training_paths').select(['id', 'title']).where('id', '=', pathId).executeTakeFirst();
  if (!path) return null;
  const modules = await db
    .selectFrom('training_modules as m')
    .leftJoin('training_progress as p', (j) => j.onRef('p.module_id', '=', 'm.id').on('p.user_id', '=', userId))
    .select(['m.id', 'm.title', 'm.url', 'm.minutes', 'p.completed_at'])
    .where('m.path_id', '=', pathId)
    .where('m.retired_at', 'is', null)
    .orderBy('m.position')
    .execute();
  return { id: path.id, title: path.title, modules: modules.map((m) => ({ id: m.id, title: m.title, url: m.url, minutes: Number(m.minutes), done: m.completed_at !== null })) };
}

export async function myTraining(db: Db, userId: string): Promise<{ path: TrainingPathRow; started: boolean } | null> {
  // The paths the person touched, most recent first (their progress rows: primary key starts with user_id).
  const touched = await db
    .selectFrom('training_progress as p')
    .innerJoin('training_modules as m', 'm.id', 'p.module_id')
    .innerJoin('training_paths as t', 't.id', 'm.path_id')
    .select((eb) => ['m.path_id', eb.fn.max('p.completed_at').as('last')])
    .where('p.user_id', '=', userId)
    .where('t.retired_at', 'is', null)
    .groupBy('m.path_id')
    .orderBy(({ fn }) => fn.max('p.completed_at'), 'desc')
    .limit(10)
    .execute();
  for (const t of touched) {
    const path = await pathWithProgress(db, userId, t.path_id);
    if (path && path.modules.some((m) => !m.done)) return { path, started: true };
  }
  if (touched.length) return null;
  const first = await db.selectFrom('training_paths').select('id').where('retired_at', 'is', null).orderBy('position').limit(1).executeTakeFirst();
  const path = first && (await pathWithProgress(db, userId, first.id));
  return path ? { path, started: false } : null;
}

export async function myRequests(db: Db, userId: string, limit: number): Promise<HomeRequest[]> {
  const rows = await db
    .selectFrom('environment_requests')
    .select(['id', 'reference', 'display_name', 'status', 'updated_at'])
    .where('requester_id', '=', userId)
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, reference: r.reference, displayName: r.display_name, status: r.status as RequestStatus, updatedAt: r.updated_at }));
}

/** The person's questions handed to experts, with the experts' answers. */
export async function myQuestions(db: Db, userId: string, limit: number): Promise<HomeQuestion[]> {
  const rows = await db
    .selectFrom('ask_tickets')
    .select(['id', 'number', 'question', 'state', 'answer', 'answered_at', 'updated_at'])
    .where('asker_id', '=', userId)
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ticketId: r.id, number: Number(r.number), question: r.question, state: r.state as TicketState, answer: r.answer, answeredAt: r.answered_at }));
}

export async function myStories(db: Db, userId: string, limit: number) {
  const rows = await db
    .selectFrom('stories')
    .select(['id', 'title', 'status', 'kudos_count'])
    .where('author_id', '=', userId)
    .where('status', '!=', 'deleted')
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  const total = await db
    .selectFrom('stories')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number | string>('kudos_count'), eb.lit(0)).as('n'))
    .where('author_id', '=', userId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return { stories: rows.map((r) => ({ id: r.id, title: r.title, status: r.status as StoryStatus, kudosCount: Number(r.kudos_count) })), kudos: Number(total?.n ?? 0) };
}
