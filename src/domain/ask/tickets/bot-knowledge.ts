import { gradeOfSnapshot, type AnswerSnapshot } from '../questions.js';
import type { QuestionRepository } from '../repository.js';
import type { AnswerGrade } from '../types.js';
import type { Ticket } from './types.js';

/** The bands a maker saw on the bot's reply; never a percentage (the model is only backed as bands). */
export const BOT_GRADE_BANDS = ['high', 'likely', 'closest', 'unknown'] as const;
export type BotGradeBand = (typeof BOT_GRADE_BANDS)[number];

/** One source the bot offered the maker: where to read it, nothing of its text. */
export interface OfferedSource {
  title: string;
  heading: string | null;
  url: string | null;
}

/** What the bot told the maker before they asked an expert, as the expert sees it on the ticket. */
export interface BotKnowledge {
  band: BotGradeBand;
  /** Up to three, best first: the answer's sources, or the closest topics it listed. */
  sources: OfferedSource[];
}

/** The most sources an expert is shown: the maker was never offered more than three closest topics. */
export const MAX_OFFERED_SOURCES = 3;

export function bandOf(grade: AnswerGrade, highConfidence: boolean): BotGradeBand {
  if (grade === 'answer') return highConfidence ? 'high' : 'likely';
  return grade;
}

/**
 * The bot's knowledge from the snapshot stored with the question (answer_json): an "I don't know"
 * offered nothing, so it lists nothing even when retrieval had weak hits.
 */
export function botKnowledgeOf(snapshot: AnswerSnapshot): BotKnowledge {
  const grade = gradeOfSnapshot(snapshot);
  const offered = grade === 'unknown' ? [] : grade === 'closest' && snapshot.closest?.length ? snapshot.closest : snapshot.sources;
  return {
    band: bandOf(grade, snapshot.highConfidence ?? false),
    sources: offered.slice(0, MAX_OFFERED_SOURCES).map((s) => ({ title: s.title, heading: s.heading, url: s.url })),
  };
}

/** Each ticket's bot knowledge by ticket id (a ticket made without a logged question has none). */
export async function botKnowledgeFor(questions: Pick<QuestionRepository, 'snapshots'>, tickets: readonly Ticket[]): Promise<Map<string, BotKnowledge>> {
  const snapshots = await questions.snapshots(tickets.flatMap((t) => (t.questionId ? [t.questionId] : [])));
  const known = new Map<string, BotKnowledge>();
  for (const t of tickets) {
    const snapshot = t.questionId ? snapshots.get(t.questionId) : undefined;
    if (snapshot) known.set(t.id, botKnowledgeOf(snapshot));
  }
  return known;
}
