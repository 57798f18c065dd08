import type { Ticket } from '../../../src/domain/ask/tickets/types.js';
import type { Translator } from '../../../src/i18n/translator.js';
import { ASK_VERBS } from './verbs.js';
import { card, execute, heading, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard } from '../types.js';

/** What the form shows: the cleaned question and the answer first, the expert's edits after a refusal. */
export interface PromoteFormView {
  ticket: Ticket;
  question: string;
  answer: string;
  alternates: string[];
  /** Why the last save was refused (the values stay as typed). */
  problem?: string;
}

/** The card inputs' ids (the handler reads them back from the Action.Execute data). */
export const PROMOTE_INPUTS = { question: 'faqQuestion', answer: 'faqAnswer', alternates: 'faqAlternates' } as const;

/**
 * "Add to knowledge base" in the experts' channel: the FAQ editor's fields as a card form
 * (question, alternative phrasings, answer), so the entry is edited before it is saved and the
 * expert stays in the conversation. Saving goes through the same checks as the tab's editor.
 */
export function promoteFormCard(view: PromoteFormView, tr: Translator): AdaptiveCard {
  const t = view.ticket;
  const body = [
    heading(tr.t('bot.tickets.promote.title', { number: t.number })),
    subtle(tr.t('bot.tickets.promote.asked', { question: plain(t.question) })),
    { type: 'Input.Text', id: PROMOTE_INPUTS.question, label: tr.t('bot.tickets.promote.question'), isRequired: true, maxLength: 300, value: view.question, errorMessage: tr.t('bot.tickets.promote.questionRequired') },
    { type: 'Input.Text', id: PROMOTE_INPUTS.alternates, label: tr.t('bot.tickets.promote.alternates'), isMultiline: true, maxLength: 6000, value: view.alternates.join('\n'), placeholder: tr.t('bot.tickets.promote.alternatesHint') },
    { type: 'Input.Text', id: PROMOTE_INPUTS.answer, label: tr.t('bot.tickets.promote.answer'), isMultiline: true, isRequired: true, maxLength: 8000, value: view.answer, errorMessage: tr.t('bot.tickets.promote.answerRequired') },
  ];
  if (view.problem) body.push(text(`⚠️ ${plain(view.problem)}`, { color: 'Attention', spacing: 'Medium' }));
  return card(
    body,
    [execute(tr.t('bot.tickets.promote.save'), ASK_VERBS.promote, { ticketId: t.id, save: true }, 'positive'), execute(tr.t('bot.tickets.promote.cancel'), ASK_VERBS.refresh, { ticketId: t.id })],
    { refresh: { action: execute('Refresh', ASK_VERBS.refresh, { ticketId: t.id }) } },
  );
}
