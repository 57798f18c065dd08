import type { Kysely, Selectable } from 'kysely';
import type { Attendee, EventChanges, EventRepository, NewEvent, RsvpWrite } from '../../domain/events/repository.js';
import type { Announcement, CommunityEvent, EventCounts, EventFilter, EventStatus, EventType, Feedback, FeedbackSummary, Rsvp, RsvpResponse } from '../../domain/events/types.js';
import type { Database } from '../schema.js';
import type { EventRsvpsTable, EventsTable } from '../schema-training-events.js';

function toEvent(r: Selectable<EventsTable>): CommunityEvent {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    type: r.type as EventType,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    meetingUrl: r.meeting_url,
    location: r.location,
    capacity: r.capacity === null ? null : Number(r.capacity),
    audienceNote: r.audience_note,
    status: r.status as EventStatus,
    version: Number(r.version),
    scheduleVersion: Number(r.schedule_version),
    rsvpVersion: Number(r.rsvp_version),
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
  };
}

function toRsvp(r: Selectable<EventRsvpsTable>): Rsvp {
  return { eventId: r.event_id, userId: r.user_id, response: r.response as RsvpResponse, waitlisted: Number(r.waitlisted) === 1, goingSince: r.going_since, updatedAt: r.updated_at };
}

export class SqlEventRepository implements EventRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(e: NewEvent): Promise<CommunityEvent> {
    await this.db
      .insertInto('events')
      .values({
        id: e.id,
        title: e.title,
        description: e.description,
        type: e.type,
        starts_at: e.startsAt,
        ends_at: e.endsAt,
        time_zone: e.timeZone,
        meeting_url: e.meetingUrl,
        location: e.location,
        capacity: e.capacity,
        audience_note: e.audienceNote,
        status: 'scheduled',
        version: 1,
        schedule_version: 1,
        rsvp_version: 0,
        created_by: e.createdBy,
        created_at: e.createdAt,
        updated_at: e.createdAt,
        cancelled_at: null,
        cancel_reason: null,
      })
      .execute();
    return (await this.find(e.id))!;
  }

  async find(id: string): Promise<CommunityEvent | undefined> {
    const row = await this.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toEvent(row);
  }

  async update(id: string, version: number, c: EventChanges, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('events')
      .set((eb) => ({
        title: c.title,
        description: c.description,
        type: c.type,
        starts_at: c.startsAt,
        ends_at: c.endsAt,
        time_zone: c.timeZone,
        meeting_url: c.meetingUrl,
        location: c.location,
        capacity: c.capacity,
        audience_note: c.audienceNote,
        status: c.status,
        cancelled_at: c.cancelledAt,
        cancel_reason: c.cancelReason,
        version: eb('version', '+', 1),
        schedule_version: eb('schedule_version', '+', c.reschedule ? 1 : 0),
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async claimForRsvp(id: string): Promise<CommunityEvent | undefined> {
    // The write takes the row lock (PostgreSQL) or the database write lock (SQLite) first thing.
    await this.db.updateTable('events').set((eb) => ({ rsvp_version: eb('rsvp_version', '+', 1) })).where('id', '=', id).execute();
    return this.find(id);
  }

  async list(f: EventFilter): Promise<CommunityEvent[]> {
    let q = this.db.selectFrom('events').selectAll();
    q = f.when === 'upcoming' ? q.where('ends_at', '>=', f.now).orderBy('starts_at', 'asc') : q.where('ends_at', '<', f.now).orderBy('starts_at', 'desc');
    if (f.type) q = q.where('type', '=', f.type);
    if (f.rsvpBy) {
      const userId = f.rsvpBy;
      q = q.where((eb) =>
        eb.exists(eb.selectFrom('event_rsvps').select('event_id').whereRef('event_rsvps.event_id', '=', 'events.id').where('user_id', '=', userId).where('response', 'in', ['going', 'maybe'])),
      );
    }
    return (await q.orderBy('id').limit(f.limit ?? 50).execute()).map(toEvent);
  }

  async countAll(): Promise<number> {
    const row = await this.db.selectFrom('events').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async findRsvp(eventId: string, userId: string): Promise<Rsvp | undefined> {
    const row = await this.db.selectFrom('event_rsvps').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
    return row && toRsvp(row);
  }

  async upsertRsvp(r: RsvpWrite): Promise<void> {
    const values = { event_id: r.eventId, user_id: r.userId, response: r.response, waitlisted: r.waitlisted ? 1 : 0, going_since: r.goingSince, updated_at: r.at };
    await this.db
      .insertInto('event_rsvps')
      .values(values)
      .onConflict((oc) => oc.columns(['event_id', 'user_id']).doUpdateSet({ response: values.response, waitlisted: values.waitlisted, going_since: values.going_since, updated_at: values.updated_at }))
      .execute();
  }

  async attendees(eventId: string): Promise<Attendee[]> {
    const rows = await this.db
      .selectFrom('event_rsvps')
      .innerJoin('users', 'users.id', 'event_rsvps.user_id')
      .selectAll('event_rsvps')
      .select('users.display_name')
      .where('event_id', '=', eventId)
      .orderBy('event_rsvps.going_since')
      .orderBy('event_rsvps.updated_at')
      .orderBy('event_rsvps.user_id')
      .execute();
    return rows.map((r) => ({ ...toRsvp(r), displayName: r.display_name }));
  }

  async counts(eventIds: string[]): Promise<Map<string, EventCounts>> {
    const result = new Map<string, EventCounts>();
    if (!eventIds.length) return result;
    const events = await this.db.selectFrom('events').select(['id', 'capacity']).where('id', 'in', eventIds).execute();
    for (const e of events) {
      const capacity = e.capacity === null ? null : Number(e.capacity);
      result.set(e.id, { going: 0, waitlisted: 0, maybe: 0, notGoing: 0, capacity, spotsLeft: capacity });
    }
    const rows = await this.db
      .selectFrom('event_rsvps')
      .select(['event_id', 'response', 'waitlisted', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('event_id', 'in', eventIds)
      .groupBy(['event_id', 'response', 'waitlisted'])
      .execute();
    for (const r of rows) {
      const c = result.get(r.event_id);
      if (!c) continue;
      const n = Number(r.n);
      if (r.response === 'going' && Number(r.waitlisted) === 1) c.waitlisted += n;
      else if (r.response === 'going') c.going += n;
      else if (r.response === 'maybe') c.maybe += n;
      else c.notGoing += n;
    }
    for (const c of result.values()) if (c.capacity !== null) c.spotsLeft = Math.max(0, c.capacity - c.going);
    return result;
  }

  async rsvpsOf(userId: string, eventIds: string[]): Promise<Map<string, Rsvp>> {
    if (!eventIds.length) return new Map();
    const rows = await this.db.selectFrom('event_rsvps').selectAll().where('user_id', '=', userId).where('event_id', 'in', eventIds).execute();
    return new Map(rows.map((r) => [r.event_id, toRsvp(r)]));
  }

  async insertAnnouncement(a: Announcement): Promise<boolean> {
    const result = await this.db
      .insertInto('event_announcements')
      .values({ event_id: a.eventId, conversation_id: a.conversationId, message_key: a.messageKey, announced_by: a.announcedBy, announced_at: a.announcedAt })
      .onConflict((oc) => oc.columns(['event_id', 'conversation_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async announcements(eventId: string): Promise<Announcement[]> {
    const rows = await this.db.selectFrom('event_announcements').selectAll().where('event_id', '=', eventId).orderBy('announced_at').orderBy('conversation_id').execute();
    return rows.map((r) => ({ eventId: r.event_id, conversationId: r.conversation_id, messageKey: r.message_key, announcedBy: r.announced_by, announcedAt: r.announced_at }));
  }

  async upsertFeedback(f: Feedback): Promise<void> {
    await this.db
      .insertInto('event_feedback')
      .values({ event_id: f.eventId, user_id: f.userId, rating: f.rating, comment: f.comment, submitted_at: f.submittedAt })
      .onConflict((oc) => oc.columns(['event_id', 'user_id']).doUpdateSet({ rating: f.rating, comment: f.comment, submitted_at: f.submittedAt }))
      .execute();
  }

  async findFeedback(eventId: string, userId: string): Promise<Feedback | undefined> {
    const r = await this.db.selectFrom('event_feedback').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
    return r && { eventId: r.event_id, userId: r.user_id, rating: Number(r.rating), comment: r.comment, submittedAt: r.submitted_at };
  }

  async feedback(eventId: string): Promise<Array<Feedback & { displayName: string }>> {
    const rows = await this.db
      .selectFrom('event_feedback')
      .innerJoin('users', 'users.id', 'event_feedback.user_id')
      .selectAll('event_feedback')
      .select('users.display_name')
      .where('event_id', '=', eventId)
      .orderBy('submitted_at', 'desc')
      .execute();
    return rows.map((r) => ({ eventId: r.event_id, userId: r.user_id, rating: Number(r.rating), comment: r.comment, submittedAt: r.submitted_at, displayName: r.display_name }));
  }

  async feedbackSummary(eventId: string): Promise<FeedbackSummary> {
    const rows = await this.db
      .selectFrom('event_feedback')
      .select(['rating', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('event_id', '=', eventId)
      .groupBy('rating')
      .execute();
    const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as FeedbackSummary['distribution'];
    let count = 0;
    let sum = 0;
    for (const r of rows) {
      const rating = Number(r.rating) as 1 | 2 | 3 | 4 | 5;
      const n = Number(r.n);
      if (rating in distribution) distribution[rating] += n;
      count += n;
      sum += rating * n;
    }
    return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
  }
}

