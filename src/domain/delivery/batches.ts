import { DELIVERY_STATES, type DeliveryState } from './types.js';

/** A group of messages with one delivery report: an announcement, a reminder run. */
export interface DeliveryBatch {
  id: string;
  kind: string;
  title: string;
  createdBy: string | null;
  createdAt: string;
  cancelledAt: string | null;
  cancelledBy: string | null;
}

export type StateCounts = Record<DeliveryState, number>;

/** Aggregates of a batch's messages, as storage computes them. */
export interface BatchStats {
  counts: StateCounts;
  /** Queued messages whose time has not come yet (scheduled sends). */
  scheduled: number;
  firstQueuedAt: string | null;
  firstSentAt: string | null;
  lastSentAt: string | null;
  /** Last time anything happened to one of its messages. */
  lastChangeAt: string | null;
  /** Calls made (all attempts, including retries). */
  attempts: number;
  inDoubtFound: number;
  inDoubtResent: number;
}

/** The most frequent reasons messages did not arrive. */
export interface BatchProblem {
  state: DeliveryState;
  reason: string;
  count: number;
}

/** What the tab and the CLI show for a batch. */
export interface DeliveryReport {
  batch: DeliveryBatch;
  total: number;
  counts: StateCounts;
  scheduled: number;
  /** Nothing left to do: every message is in a final state. */
  finished: boolean;
  firstQueuedAt: string | null;
  firstSentAt: string | null;
  lastSentAt: string | null;
  /** From the first message queued to the last sent (or to now while sending goes on). */
  elapsedMs: number | null;
  attempts: number;
  /** Lookups that found an in-doubt message already posted (recorded, not sent again). */
  inDoubtFound: number;
  /**
   * Sends made while a message was in doubt and the lookup could not tell: every one, so a message
   * in doubt twice counts twice. Each may be one extra copy a person sees; 0 means exactly once.
   */
  inDoubtResent: number;
  problems: BatchProblem[];
}

export function emptyCounts(): StateCounts {
  return Object.fromEntries(DELIVERY_STATES.map((s) => [s, 0])) as StateCounts;
}

export function emptyStats(): BatchStats {
  return { counts: emptyCounts(), scheduled: 0, firstQueuedAt: null, firstSentAt: null, lastSentAt: null, lastChangeAt: null, attempts: 0, inDoubtFound: 0, inDoubtResent: 0 };
}

/** Builds the report from storage's aggregates. */
export function buildReport(batch: DeliveryBatch, stats: BatchStats, problems: BatchProblem[], now: Date): DeliveryReport {
  const total = DELIVERY_STATES.reduce((n, s) => n + stats.counts[s], 0);
  const finished = stats.counts.queued === 0 && stats.counts.sending === 0;
  const start = stats.firstQueuedAt ? Date.parse(stats.firstQueuedAt) : null;
  const end = finished ? (stats.lastSentAt ?? stats.lastChangeAt) : now.toISOString();
  return {
    batch,
    total,
    counts: stats.counts,
    scheduled: stats.scheduled,
    finished,
    firstQueuedAt: stats.firstQueuedAt,
    firstSentAt: stats.firstSentAt,
    lastSentAt: stats.lastSentAt,
    elapsedMs: start !== null && end ? Math.max(0, Date.parse(end) - start) : null,
    attempts: stats.attempts,
    inDoubtFound: stats.inDoubtFound,
    inDoubtResent: stats.inDoubtResent,
    problems,
  };
}

/** "1,234 sent · 3 failed · 2 unreachable · 40 queued": a one-line summary (CLI list, logs). */
export function summarize(report: Pick<DeliveryReport, 'counts' | 'total'>): string {
  const parts = DELIVERY_STATES.filter((s) => report.counts[s] > 0).map((s) => `${report.counts[s]} ${s}`);
  return parts.length ? parts.join(', ') : 'no messages';
}
