import type { FeedbackReason } from '../ask/questions.js';
/**
 * Measure: the figures a CoE shows its sponsors, computed from Maker Hub's own tables. Plain data
 * (no SDK or driver types) so the API, the CLI report and the tab share one shape.
 *
 * Dates: a period is a pair of calendar days (YYYY-MM-DD, both inclusive) read in UTC; the
 * comparison period is the same number of days just before it.
 */

export interface Period {
  /** First day, YYYY-MM-DD (inclusive). */
  from: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to: string;
  days: number;
}

/** One headline figure for the period and the one before it; `null` when it cannot be computed (nothing to divide by). */
export interface Figure {
  current: number | null;
  previous: number | null;
}

export interface CommunityInsights {
  /** Distinct people who asked, requested an environment, RSVP'd "going", completed a module or submitted a story. */
  activeMakers: Figure;
  /** People whose first ever activity falls in the period. */
  newMakers: Figure;
  /** Champions now (roles are not dated; `previous` is null). */
  champions: Figure;
  /** Active makers per department in the current period; people without a department count as "Unknown". */
  /** `department` null: people who have not set one (the CSV says "Unknown", the tab words it). */
  byDepartment: Array<{ department: string | null; activeMakers: number }>;
  /** Distinct active makers per day of the current period (every day present, zeros included). */
  activeByDay: Array<{ day: string; activeMakers: number }>;
}

export interface KnowledgeGap {
  /** Stable key of the group (its most frequent normalized form). */
  key: string;
  /** The wording asked most often in the group: what the FAQ editor is pre-filled with. */
  example: string;
  /** Up to 5 other wordings in the group, most frequent first (alternate phrasings for the FAQ entry). */
  variants: string[];
  count: number;
  unanswered: number;
  notHelpful: number;
  lastAskedAt: string;
  /** The knowledge base answers the example now (an entry was added since): the title of that answer's source; null while it still cannot. */
  answeredNowBy: string | null;
  /** Why makers marked the answers not helpful, by reason (absent when nobody said). */
  reasons?: Partial<Record<FeedbackReason, number>>;
  /** Up to three of the makers' own words about it (absent when none). */
  notes?: string[];
}

export interface AskInsights {
  asked: Figure;
  answeredByKnowledgeBase: Figure;
  escalated: Figure;
  /** Tickets answered by an expert in the period. */
  answeredByExperts: Figure;
  /** Median hours from escalation to the expert's answer, over tickets answered in the period. */
  medianHoursToExpertAnswer: Figure;
  helpful: Figure;
  notHelpful: Figure;
  /** helpful / (helpful + notHelpful), 0..1. */
  helpfulRatio: Figure;
  /** Per day of the current period: asked, answered by the knowledge base, escalated. */
  byDay: Array<{ day: string; asked: number; answered: number; escalated: number }>;
  /** The most frequent unanswered or 👎 questions of the current period, grouped by similarity. */
  gaps: KnowledgeGap[];
}

export interface EnvironmentInsights {
  /** Requests submitted in the period. */
  submitted: Figure;
  /** Decided in the period: approved / (approved + rejected), 0..1. */
  approvalRate: Figure;
  /** Median hours from submission to provisioned, over requests provisioned in the period. */
  medianLeadTimeHours: Figure;
  /** Live environments whose expiry falls in the next 14 days (from now; `previous` is null). */
  expiringSoon: Figure;
  /** Requests submitted in the current period, by environment type. */
  byType: Array<{ type: string; count: number }>;
  /** Requests submitted in the current period, by the state they are in now. */
  byState: Array<{ state: string; count: number }>;
  /** The environments behind `expiringSoon`, soonest first (at most 50). */
  expiring: Array<{ reference: string; displayName: string; requester: string; expiresAt: string }>;
}

export interface StoryInsights {
  /** Stories published in the period. */
  published: Figure;
  /** Hours saved per month, summed over the stories published in the period. */
  hoursSavedPerMonth: Figure;
  /** People served, summed over the stories published in the period. */
  peopleServed: Figure;
  /** Every published story up to the end of the period, by product (a story with two products counts for both). */
  byProduct: Array<{ product: string; stories: number; hoursSavedPerMonth: number }>;
  /** Per calendar month (YYYY-MM) touched by the current period: stories published and their hours saved. */
  byMonth: Array<{ month: string; published: number; hoursSavedPerMonth: number }>;
}

export interface TrainingInsights {
  /** People who completed their first module of a path in the period (one per person and path). */
  enrolments: Figure;
  modulesCompleted: Figure;
  pathsCompleted: Figure;
  /** Per active path, everyone up to the end of the period: learners who started it, finished it, and the rate 0..1. */
  byPath: Array<{ pathId: string; title: string; learners: number; completed: number; completionRate: number | null }>;
  /** Modules completed per day of the current period. */
  modulesByDay: Array<{ day: string; modulesCompleted: number }>;
}

export interface EventInsights {
  /** Events that started in the period and were not cancelled. */
  held: Figure;
  /** "Going" RSVPs (not waitlisted) to the events held in the period. */
  rsvps: Figure;
  /** Summed capacity of the held events that have one. */
  capacity: Figure;
  /** Average feedback rating (1..5) for the events held in the period. */
  feedbackAverage: Figure;
  /** The events held in the current period, oldest first. */
  events: Array<{ id: string; title: string; startsAt: string; going: number; waitlisted: number; capacity: number | null; feedbackAverage: number | null; feedbackCount: number }>;
}

export interface InsightsReport {
  period: Period;
  previous: Period;
  generatedAt: string;
  community: CommunityInsights;
  ask: AskInsights;
  environments: EnvironmentInsights;
  stories: StoryInsights;
  training: TrainingInsights;
  events: EventInsights;
}

/** A table of the report as the tab's table views, the CSV export and the CLI print it. */
export interface ReportTable {
  /** URL-safe id: `GET /api/admin/insights/export.csv?table=<id>`. */
  id: string;
  title: string;
  columns: Array<{ key: string; label: string }>;
  rows: Array<Record<string, string | number | null>>;
}

/** What one person did: the "My activity" view (a maker sees only their own). */
export interface MyActivity {
  period: Period;
  questionsAsked: number;
  questionsEscalated: number;
  /** Newest first, at most 20. */
  recentQuestions: Array<{ askedAt: string; question: string; answered: boolean; feedback: 'helpful' | 'not-helpful' | null; ticketState: string | null }>;
  environmentRequests: number;
  rsvps: number;
  eventsAttended: number;
  modulesCompleted: number;
  pathsCompleted: number;
  storiesPublished: number;
  hoursSavedPerMonth: number;
  /** Per day of the period: everything this person did, counted. */
  byDay: Array<{ day: string; actions: number }>;
}

/** Kinds of row in the activity table: what makes someone an active maker. */
export const ACTIVITY_KINDS = ['asked', 'requested-environment', 'rsvp-going', 'module-completed', 'story-submitted'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
