import type { FeedbackReason } from '../ask/questions.js';
import type { ActivityKind, MyActivity } from './types.js';

/** A span of time as ISO-8601 UTC instants: `from` inclusive, `to` exclusive. */
export interface TimeRange {
  from: string;
  to: string;
}

export interface ActivityEntry {
  kind: ActivityKind;
  entityId: string;
  userId: string;
  at: string;
}

/** The activity table, written by the domain services in the transaction of the change itself. */
export interface ActivityRepository {
  /** Records activities (a repeat of the same kind, thing and person is ignored) and each person's first activity. */
  record(...entries: ActivityEntry[]): Promise<void>;
}

export interface DayCount {
  day: string;
  n: number;
}

export interface AskCounts {
  asked: number;
  answered: number;
  escalated: number;
  helpful: number;
  notHelpful: number;
  answeredByExperts: number;
}

export interface GapCandidate {
  normalized: string;
  example: string;
  count: number;
  unanswered: number;
  notHelpful: number;
  lastAskedAt: string;
  /** How many 👎 gave each reason (absent when none did). */
  reasons?: Partial<Record<FeedbackReason, number>>;
  /** One of the makers' words about a 👎 (absent when none wrote any). */
  note?: string;
}

export interface EventCounts {
  held: number;
  rsvps: number;
  capacity: number;
  feedbackSum: number;
  feedbackCount: number;
}

/** Two instants whose distance is a lead time (escalated → answered, submitted → provisioned). */
export interface Span {
  start: string;
  end: string;
}

/**
 * SQL aggregates over the capability tables (implemented in src/storage). Every method reads; the
 * service turns the counts into figures, ratios and medians.
 */
export interface InsightsQueries {
  activeMakers(range: TimeRange): Promise<number>;
  newMakers(range: TimeRange): Promise<number>;
  champions(): Promise<number>;
  activeByDepartment(range: TimeRange): Promise<Array<{ department: string | null; activeMakers: number }>>;
  activeByDay(range: TimeRange): Promise<DayCount[]>;

  ask(range: TimeRange): Promise<AskCounts>;
  askByDay(range: TimeRange): Promise<Array<{ day: string; asked: number; answered: number; escalated: number; helpful: number; notHelpful: number }>>;
  answeredByExperts(range: TimeRange): Promise<number>;
  expertAnswerSpans(range: TimeRange): Promise<Span[]>;
  gapCandidates(range: TimeRange, limit: number): Promise<GapCandidate[]>;

  environments(range: TimeRange): Promise<{ submitted: number; approved: number; rejected: number }>;
  leadTimeSpans(range: TimeRange): Promise<Span[]>;
  requestsByType(range: TimeRange): Promise<Array<{ type: string; count: number }>>;
  requestsByState(range: TimeRange): Promise<Array<{ state: string; count: number }>>;
  expiring(range: TimeRange, limit: number): Promise<{ count: number; items: Array<{ reference: string; displayName: string; requester: string; expiresAt: string }> }>;

  stories(range: TimeRange): Promise<{ published: number; hoursSavedPerMonth: number; peopleServed: number }>;
  storiesByProduct(until: string, products: readonly string[]): Promise<Array<{ product: string; stories: number; hoursSavedPerMonth: number }>>;
  storiesByMonth(range: TimeRange): Promise<Array<{ month: string; published: number; hoursSavedPerMonth: number }>>;

  training(range: TimeRange): Promise<{ enrolments: number; modulesCompleted: number; pathsCompleted: number }>;
  trainingByPath(until: string): Promise<Array<{ pathId: string; title: string; learners: number; completed: number }>>;
  modulesByDay(range: TimeRange): Promise<DayCount[]>;

  /** Events that started in the range and were not cancelled. */
  events(range: TimeRange): Promise<EventCounts>;
  eventList(range: TimeRange): Promise<Array<{ id: string; title: string; startsAt: string; going: number; waitlisted: number; capacity: number | null; feedbackSum: number; feedbackCount: number }>>;

  myActivity(userId: string, range: TimeRange, heldBefore: string): Promise<MyActivityCounts>;
}

/** What the storage counts for "My activity"; the service adds the period and fills the days. */
export type MyActivityCounts = Omit<MyActivity, 'period' | 'byDay' | 'recentQuestions'> & {
  recentQuestions: Array<Omit<MyActivity['recentQuestions'][number], 'feedback'> & { feedback: string | null }>;
  byDay: DayCount[];
};
