import type { Announcement, CommunityEvent, EventCounts, EventFilter, EventInput, Feedback, FeedbackSummary, Rsvp, RsvpResponse } from './types.js';

export interface NewEvent extends EventInput {
  id: string;
  createdBy: string | null;
  createdAt: string;
}

/** What an edit may change; versions are bumped by the repository. */
export interface EventChanges extends Partial<EventInput> {
  status?: 'cancelled';
  cancelledAt?: string;
  cancelReason?: string | null;
  /** True when the time moved or the event was cancelled: reminders are re-planned. */
  reschedule?: boolean;
}

export interface RsvpWrite {
  eventId: string;
  userId: string;
  response: RsvpResponse;
  waitlisted: boolean;
  goingSince: string | null;
  at: string;
}

/** An attendee with what the notifications need about them. */
export interface Attendee extends Rsvp {
  displayName: string;
}

export interface EventRepository {
  insert(event: NewEvent): Promise<CommunityEvent>;
  find(id: string): Promise<CommunityEvent | undefined>;
  /** Applies the changes and bumps `version` (and `scheduleVersion` when rescheduled) only if the row still has `version`. */
  update(id: string, version: number, changes: EventChanges, at: string): Promise<boolean>;
  /**
   * Bumps `rsvpVersion` and returns the event: the first write of an RSVP transaction, so
   * concurrent RSVPs to one event queue behind each other (a row lock on PostgreSQL).
   */
  claimForRsvp(id: string): Promise<CommunityEvent | undefined>;
  list(filter: EventFilter): Promise<CommunityEvent[]>;
  countAll(): Promise<number>;

  findRsvp(eventId: string, userId: string): Promise<Rsvp | undefined>;
  upsertRsvp(rsvp: RsvpWrite): Promise<void>;
  /** Everyone who answered, with names; wait list in the order it is served. */
  attendees(eventId: string): Promise<Attendee[]>;
  counts(eventIds: string[]): Promise<Map<string, EventCounts>>;
  rsvpsOf(userId: string, eventIds: string[]): Promise<Map<string, Rsvp>>;

  insertAnnouncement(a: Announcement): Promise<boolean>;
  announcements(eventId: string): Promise<Announcement[]>;

  upsertFeedback(f: Feedback): Promise<void>;
  findFeedback(eventId: string, userId: string): Promise<Feedback | undefined>;
  feedback(eventId: string): Promise<Array<Feedback & { displayName: string }>>;
  feedbackSummary(eventId: string): Promise<FeedbackSummary>;
}
