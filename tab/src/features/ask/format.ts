import type { BadgeProps } from '@fluentui/react-components';
import type { AnswerGrade, AnswerSource, SourceKind, TicketAction, TicketState } from './types';

/** Words for the values the Ask API sends, in one place for the page's parts. */

/** What a ticket's state means to the person who asked (the words carry it, not the colour). */
export const stateLabels: Record<TicketState, string> = {
  open: 'Waiting for an expert',
  assigned: 'An expert is on it',
  answered: 'Answered',
  closed: 'Closed',
  reopened: 'Reopened',
};

/** The filter's words for experts, who think in states rather than in waiting. */
export const stateFilterLabels: Record<TicketState, string> = { open: 'Open', assigned: 'Assigned', answered: 'Answered', closed: 'Closed', reopened: 'Reopened' };

export const stateColors: Record<TicketState, BadgeProps['color']> = {
  open: 'warning',
  assigned: 'informative',
  answered: 'success',
  closed: 'subtle',
  reopened: 'severe',
};

/** The same words as the experts' card in Teams (bot/cards/ask-ticket.ts). */
export const actionLabels: Record<TicketAction, string> = {
  assign: 'Assign to me',
  answer: 'Answer',
  close: 'Close',
  reopen: 'Reopen',
  promote: 'Add to knowledge base',
};

/** What the expert is told once an action went through. */
export const actionDone: Record<TicketAction, string> = {
  assign: 'Assigned to you.',
  answer: 'Answer sent to the maker.',
  close: 'Ticket closed.',
  reopen: 'Ticket reopened.',
  promote: 'Question and answer added to the knowledge base.',
};

export const kindLabels: Record<SourceKind, string> = { faq: 'FAQ', expert: 'Expert answer', doc: 'Document', path: 'Training path', module: 'Training module', event: 'Event', story: 'Story' };

/** "What is DLP? › Blocked connectors": the title, and the section when there is one. */
export function sourceLabel(source: Pick<AnswerSource, 'title' | 'heading'>): string {
  return source.heading ? `${source.title} › ${source.heading}` : source.title;
}

/** Only web and mail links are followed; anything else (javascript:, data:, relative) is not a link. */
export function safeUrl(url: string | null | undefined): string | undefined {
  return typeof url === 'string' && /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/**
 * How sure the knowledge base is, in words a maker can weigh. No percentage: the confidence is
 * only backed as a band ("High confidence" was right at least 90% of the time on the maker set).
 */
export function confidenceLabel(grade: AnswerGrade, highConfidence: boolean): string {
  if (grade === 'answer') return highConfidence ? 'High confidence' : 'Likely answer';
  return grade === 'closest' ? 'Not sure' : 'Not in the knowledge base';
}

/** "2 Mar 2026, 14:05" in the reader's own language and time zone. */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
