import type { RsvpResponse } from '../events/types.js';
import type { RequestStatus } from '../environments/types.js';
import type { TicketState } from '../ask/tickets/types.js';
import type { StoryStatus } from '../stories/types.js';

/**
 * Home: what is happening for one person, in one answer (GET /api/home). Every list is short
 * (the newest few) and every piece of work carries a count and the tab path that opens it.
 */
export interface HomeEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  response: RsvpResponse;
  waitlisted: boolean;
  /** The online meeting link, only from shortly before the start until the end (and only when going). */
  joinUrl: string | null;
  link: string;
}

export interface HomeTraining {
  path: { id: string; title: string };
  /** The module to open next; null when every module is done. */
  next: { id: string; title: string; url: string; minutes: number } | null;
  completed: number;
  total: number;
  /** True when the person has not started any path yet: this is the suggested first one. */
  suggested: boolean;
  link: string;
}

export interface HomeRequest {
  id: string;
  reference: string;
  displayName: string;
  status: RequestStatus;
  updatedAt: string;
}

export interface HomeQuestion {
  ticketId: string;
  number: number;
  question: string;
  state: TicketState;
  /** An expert's answer, when there is one. */
  answer: string | null;
  answeredAt: string | null;
}

export interface HomeStory {
  id: string;
  title: string;
  status: StoryStatus;
  kudosCount: number;
  link: string;
}

export interface HomeCommunity {
  stories: Array<{ id: string; title: string; publishedAt: string; kudosCount: number; link: string }>;
  events: Array<{ id: string; title: string; startsAt: string; announcedAt: string; link: string }>;
  faq: Array<{ id: string; question: string; createdAt: string; link: string }>;
}

export type WorkId = 'open-tickets' | 'stories-in-review' | 'requests-awaiting-approval' | 'stories-to-moderate' | 'knowledge-gaps' | 'events-without-announcements';

/** One piece of waiting work for a role: how much, since when, and where to do it. */
export interface HomeWork {
  id: WorkId;
  title: string;
  count: number;
  /** The oldest waiting item's time, where "waiting" makes sense. */
  oldestAt: string | null;
  link: string;
}

export interface HomeView {
  /** No activity yet and the welcome not dismissed: show the first-run welcome. */
  firstRun: boolean;
  department: string | null;
  events: HomeEvent[];
  training: HomeTraining | null;
  requests: HomeRequest[];
  questions: HomeQuestion[];
  stories: HomeStory[];
  /** Kudos on all of the person's published stories. */
  kudosReceived: number;
  community: HomeCommunity;
  /** Waiting work for the person's roles (empty for a maker). */
  work: HomeWork[];
}
