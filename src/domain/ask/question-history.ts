import type { Principal } from '../identity/types.js';
import type { Store } from '../store.js';
import { gradeOfSnapshot, type FeedbackReason, type QuestionChannel, type QuestionFeedback } from './questions.js';
import type { Ticket } from './tickets/types.js';
import type { AnswerGrade, AnswerSource } from './types.js';

/** One of a person's past questions as "My questions" shows it: the bot's answer and the expert's, if any. */
export interface PastQuestion {
  questionId: string;
  askedAt: string;
  channel: QuestionChannel;
  question: string;
  grade: AnswerGrade;
  answered: boolean;
  /** The knowledge base's answer (Markdown; empty when it was not sure). */
  answer: string;
  sources: AnswerSource[];
  feedback: QuestionFeedback | null;
  feedbackReason: FeedbackReason | null;
  ticket: Ticket | null;
}

export const HISTORY_LIMIT = 100;

/**
 * A person's own questions, newest first, each with its ticket. Only questions recorded under the
 * caller's own user id are read, so no id from outside reaches this query (another person's or
 * another tenant's questions cannot be listed).
 */
export async function questionHistory(store: Store, principal: Principal, limit = HISTORY_LIMIT): Promise<PastQuestion[]> {
  const records = await store.repos.askQuestions.listByUser(principal.user.id, Math.min(Math.max(limit, 1), HISTORY_LIMIT));
  const tickets = new Map((await store.repos.askTickets.list({ askerId: principal.user.id, limit: 500 })).map((t) => [t.questionId, t]));
  return records.map((r) => ({
    questionId: r.id,
    askedAt: r.askedAt,
    channel: r.channel,
    question: r.question,
    grade: gradeOfSnapshot(r.snapshot),
    answered: r.answered,
    answer: r.snapshot.answer,
    sources: r.snapshot.sources,
    feedback: r.feedback,
    feedbackReason: r.feedbackReason ?? null,
    ticket: tickets.get(r.id) ?? null,
  }));
}
