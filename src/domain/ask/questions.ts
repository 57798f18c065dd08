import type { AnswerGrade, AnswerSource, ClosestSource, KbAnswer } from './types.js';

export type QuestionFeedback = 'helpful' | 'not-helpful';

/** The one optional question after a 👎: why the answer did not help (Insights' gaps show it). */
export const FEEDBACK_REASONS = ['wrong', 'incomplete', 'outdated', 'off-topic', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

export const FEEDBACK_REASON_LABELS: Record<FeedbackReason, string> = {
  wrong: 'The answer is wrong',
  incomplete: 'It is incomplete',
  outdated: 'It is out of date',
  'off-topic': 'It answers another question',
  other: 'Something else',
};

/** The reason's free text, kept short: it is read in a table. */
export const MAX_FEEDBACK_NOTE_CHARS = 500;

/** Where a question was asked. */
export type QuestionChannel = 'personal' | 'channel' | 'groupChat' | 'tab';

/** What the card showed, kept so feedback and escalation can show the same answer again. */
export interface AnswerSnapshot {
  answered: boolean;
  confidence: number;
  answer: string;
  sources: AnswerSource[];
  related: string[];
  composedBy: KbAnswer['composedBy'];
  /** Absent on questions recorded before graded answers: see gradeOfSnapshot. */
  grade?: AnswerGrade;
  highConfidence?: boolean;
  closest?: ClosestSource[];
}

/** A snapshot's grade; older records only said answered or not (their "not sure" listed the closest topics). */
export function gradeOfSnapshot(s: AnswerSnapshot): AnswerGrade {
  return s.grade ?? (s.answered ? 'answer' : 'closest');
}

/** One asked question and what came of it (the KPI dashboard and knowledge-gaps report read these). */
export interface QuestionRecord {
  id: string;
  askedAt: string;
  userId: string | null;
  conversationId: string | null;
  /** The channel thread (root message id) the question was asked in. */
  threadId: string | null;
  channel: QuestionChannel;
  question: string;
  normalized: string;
  answered: boolean;
  confidence: number;
  topSourcePath: string | null;
  topSourceTitle: string | null;
  snapshot: AnswerSnapshot;
  feedback: QuestionFeedback | null;
  feedbackAt: string | null;
  escalated: boolean;
  ticketId: string | null;
  /** Why a 👎 (null until the asker says; optional). */
  feedbackReason?: FeedbackReason | null;
  feedbackNote?: string | null;
}

/**
 * Who may rate an answer or ask an expert about it: in a channel or group chat the answer is posted
 * for everyone there, so anyone may; a personal-chat or tab question is its asker's own.
 */
export function mayReactTo(record: QuestionRecord, userId: string): boolean {
  return record.channel === 'channel' || record.channel === 'groupChat' || record.userId === null || record.userId === userId;
}

export function snapshotOf(answer: KbAnswer): AnswerSnapshot {
  return { answered: answer.answered, confidence: answer.confidence, answer: answer.answer, sources: answer.sources, related: answer.related, composedBy: answer.composedBy, grade: answer.grade, highConfidence: answer.highConfidence, closest: answer.closest };
}
