import type { HomeCommunity, HomeQuestion, HomeRequest, HomeStory } from './types.js';
import type { RsvpResponse } from '../events/types.js';

export interface MyEventRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  meetingUrl: string | null;
  response: RsvpResponse;
  waitlisted: boolean;
}

export interface TrainingPathRow {
  id: string;
  title: string;
  modules: Array<{ id: string; title: string; url: string; minutes: number; done: boolean }>;
}

export interface Waiting {
  count: number;
  oldestAt: string | null;
}

/**
 * Home's reads (implemented in src/storage): each one indexed by the person's id or by a status
 * and time, and limited, so Home stays fast however large the community's history grows.
 */
export interface HomeQueries {
  isActive(userId: string): Promise<{ active: boolean; welcomeDismissed: boolean }>;
  dismissWelcome(userId: string, at: string): Promise<void>;
  /** The person's answered events (not declined) that have not ended, soonest first. */
  myNextEvents(userId: string, now: string, limit: number): Promise<MyEventRow[]>;
  /** The path the person worked on last and is not done with; else the first path (suggested). */
  myTraining(userId: string): Promise<{ path: TrainingPathRow; started: boolean } | null>;
  myRequests(userId: string, limit: number): Promise<HomeRequest[]>;
  myQuestions(userId: string, limit: number): Promise<HomeQuestion[]>;
  myStories(userId: string, limit: number): Promise<{ stories: Array<Omit<HomeStory, 'link'>>; kudos: number }>;
  community(now: string, limit: number): Promise<{ stories: Array<Omit<HomeCommunity['stories'][number], 'link'>>; events: Array<Omit<HomeCommunity['events'][number], 'link'>>; faq: Array<Omit<HomeCommunity['faq'][number], 'link'>> }>;
  openTickets(): Promise<Waiting>;
  pendingStories(): Promise<Waiting>;
  requestsAwaitingApproval(): Promise<Waiting>;
  /** Upcoming scheduled events announced in no channel yet. */
  unannouncedEvents(now: string): Promise<Waiting>;
}
