import { gradeOfSnapshot, type QuestionRecord } from '../../../src/domain/ask/questions.js';
import type { Ticket } from '../../../src/domain/ask/tickets/types.js';
import { answerCard } from './answer.js';
import { closestCard } from './closest.js';
import { notSureCard } from './unsure.js';
import type { AdaptiveCard } from '../types.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';

export interface TicketRef {
  number: number;
  expertsNotified: boolean;
}

/** The card for a recorded question, as it stands now (feedback given, ticket opened). */
export function questionCard(record: QuestionRecord, ticket: TicketRef | null, askPageUrl: string, tr: Translator = ENGLISH): AdaptiveCard {
  const s = record.snapshot;
  const grade = gradeOfSnapshot(s);
  if (grade === 'unknown') return notSureCard({ questionId: record.id, question: record.question, related: [], ticket, askPageUrl }, tr);
  if (grade === 'closest') {
    // Records from before graded answers have no sentences: their closest topics stay buttons.
    if (!s.closest?.length) return notSureCard({ questionId: record.id, question: record.question, related: s.related, ticket, askPageUrl }, tr);
    return closestCard({ questionId: record.id, question: record.question, closest: s.closest, related: [], ticket, askPageUrl }, tr);
  }
  return answerCard({
    questionId: record.id,
    question: record.question,
    answer: s.answer,
    sources: s.sources.map((x) => ({ title: x.title, heading: x.heading, url: x.url })),
    related: s.related,
    composedBy: s.composedBy,
    highConfidence: s.highConfidence ?? false,
    feedback: record.feedback,
    feedbackReasonGiven: !!record.feedbackReason,
    ticket,
    askPageUrl,
  }, tr);
}

export function ticketRef(ticket: Ticket | undefined, expertsConversationId: string | null): TicketRef | null {
  return ticket ? { number: ticket.number, expertsNotified: !!expertsConversationId } : null;
}
