import type { Kysely } from 'kysely';
import type { HomeQueries, Waiting } from '../../../domain/home/repository.js';
import type { Database } from '../../schema.js';
import { myNextEvents, myQuestions, myRequests, myStories, myTraining } from './mine.js';

type Db = Kysely<Database>;

/** Tickets still waiting for an expert's answer. */
const WAITING_TICKETS = ['open', 'assigned', 'reopened'] as const;

function waiting(row: { n: number | string; oldest: string | null } | undefined): Waiting {
  return { count: Number(row?.n ?? 0), oldestAt: row?.oldest ?? null };
}

export class SqlHomeQueries implements HomeQueries {
  constructor(private readonly db: Db) {}

  async isActive(userId: string) {
    const row = await this.db.selectFrom('users').select(['first_active_at', 'welcome_dismissed_at']).where('id', '=', userId).executeTakeFirst();
    return { active: !!row?.first_active_at, welcomeDismissed: !!row?.welcome_dismissed_at };
  }

  async dismissWelcome(userId: string, at: string) {
    await this.db.updateTable('users').set({ welcome_dismissed_at: at }).where('id', '=', userId).where('welcome_dismissed_at', 'is', null).execute();
  }

  myNextEvents = (userId: string, now: string, limit: number) => myNextEvents(this.db, userId, now, limit);
  myTraining = (userId: string) => myTraining(this.db, userId);
  myRequests = (userId: string, limit: number) => myRequests(this.db, userId, limit);
  myQuestions = (userId: string, limit: number) => myQuestions(this.db, userId, limit);
  myStories = (userId: string, limit: number) => myStories(this.db, userId, limit);

  async community(now: string, limit: number) {
    const stories = await this.db
      .selectFrom('stories')
      .select(['id', 'title', 'published_at', 'kudos_count'])
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(limit)
      .execute();
    // Newest announcements first (index event_announcements_at); an event announced in several channels counts once.
    const announced = await this.db
      .selectFrom('event_announcements as a')
      .innerJoin('events as e', 'e.id', 'a.event_id')
      .select((eb) => ['e.id', 'e.title', 'e.starts_at', eb.fn.max('a.announced_at').as('announced_at')])
      .where('e.status', '=', 'scheduled')
      .where('e.starts_at', '>', now)
      .groupBy(['e.id', 'e.title', 'e.starts_at'])
      .orderBy(({ fn }) => fn.max('a.announced_at'), 'desc')
      .limit(limit)
      .execute();
    const faq = await this.db.selectFrom('kb_entries').select(['id', 'question', 'created_at']).where('deleted_at', 'is', null).orderBy('created_at', 'desc').limit(limit).execute();
    return {
      stories: stories.map((s) => ({ id: s.id, title: s.title, publishedAt: s.published_at ?? '', kudosCount: Number(s.kudos_count) })),
      events: announced.map((e) => ({ id: e.id, title: e.title, startsAt: e.starts_at, announcedAt: String(e.announced_at) })),
      faq: faq.map((f) => ({ id: f.id, question: f.question, createdAt: f.created_at })),
    };
  }

  async openTickets() {
    const row = await this.db
      .selectFrom('ask_tickets')
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
      .where('state', 'in', WAITING_TICKETS)
      .executeTakeFirst();
    return waiting(row);
  }

  async pendingStories() {
    const row = await this.db.selectFrom('stories').select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('updated_at').as('oldest')]).where('status', '=', 'pending').executeTakeFirst();
    return waiting(row);
  }

  async requestsAwaitingApproval() {
    const row = await this.db
      .selectFrom('environment_requests')
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
      .where('status', '=', 'pending-approval')
      .executeTakeFirst();
    return waiting(row);
  }

  async unannouncedEvents(now: string) {
    const row = await this.db
      .selectFrom('events as e')
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('e.starts_at').as('oldest')])
      .where('e.status', '=', 'scheduled')
      .where('e.starts_at', '>', now)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('event_announcements as a').select('a.event_id').whereRef('a.event_id', '=', 'e.id'))))
      .executeTakeFirst();
    return waiting(row);
  }
}
