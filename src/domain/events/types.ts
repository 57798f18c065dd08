/**
 * Community events: office hours, community calls, webinars, hackathons and training days that
 * coe-admins run, announce in channels and makers RSVP to.
 */

export const EVENT_TYPES = ['office-hours', 'community-call', 'webinar', 'hackathon', 'training-day'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  'office-hours': 'Office hours',
  'community-call': 'Community call',
  webinar: 'Webinar',
  hackathon: 'Hackathon',
  'training-day': 'Training day',
};

export const RSVP_RESPONSES = ['going', 'maybe', 'not-going'] as const;
export type RsvpResponse = (typeof RSVP_RESPONSES)[number];

export type EventStatus = 'scheduled' | 'cancelled';

/** What an admin enters; times are already resolved to UTC instants from the wall time and zone. */
export interface EventInput {
  title: string;
  description: string;
  type: EventType;
  /** ISO-8601 UTC. */
  startsAt: string;
  endsAt: string;
  /** IANA zone the event is planned in; reminders and the .ics use it. */
  timeZone: string;
  meetingUrl: string | null;
  location: string | null;
  /** Null: no limit. */
  capacity: number | null;
  audienceNote: string | null;
}

export interface CommunityEvent extends EventInput {
  id: string;
  status: EventStatus;
  /** Bumps on every edit: the .ics SEQUENCE and the card update keys. */
  version: number;
  /** Bumps when the time changes or the event is cancelled: reminders are keyed by it. */
  scheduleVersion: number;
  /** Bumps on every RSVP change; taking it is also how RSVPs to one event are serialised. */
  rsvpVersion: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  cancelledAt: string | null;
  cancelReason: string | null;
}

/** One person's answer. A "going" answer beyond capacity waits in line (`waitlisted`). */
export interface Rsvp {
  eventId: string;
  userId: string;
  response: RsvpResponse;
  waitlisted: boolean;
  /** When they last chose "going": the wait list is served in this order. */
  goingSince: string | null;
  updatedAt: string;
}

export interface EventCounts {
  going: number;
  waitlisted: number;
  maybe: number;
  notGoing: number;
  capacity: number | null;
  /** Null when there is no capacity limit. */
  spotsLeft: number | null;
}

/** Where an event was announced: the channel's card is updated in place as things change. */
export interface Announcement {
  eventId: string;
  conversationId: string;
  /** The outbox key of the posted card (the target of later updates). */
  messageKey: string;
  announcedBy: string | null;
  announcedAt: string;
}

export interface Feedback {
  eventId: string;
  userId: string;
  rating: number;
  comment: string | null;
  submittedAt: string;
}

export interface FeedbackSummary {
  count: number;
  /** Null until someone rated. */
  average: number | null;
  /** Ratings 1..5 → how many gave it. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
}

export type EventWhen = 'upcoming' | 'past';

export interface EventFilter {
  when: EventWhen;
  type?: EventType;
  /** Only events this user answered going or maybe to (or waits for). */
  rsvpBy?: string;
  now: string;
  limit?: number;
}
