import { FEEDBACK_REASONS, FEEDBACK_REASON_LABELS, MAX_FEEDBACK_NOTE_CHARS } from '../../src/domain/ask/questions.js';
import { MAX_DETAILS_CHARS } from '../../src/domain/ask/tickets/ticket-service.js';
import { ASK_VERBS } from './ask-verbs.js';
import { choiceInput, textInput } from './inputs.js';
import { execute, plain, subtle } from './kit.js';
import type { CardAction, CardElement } from './types.js';

/**
 * What a maker adds around an answer in the bot's cards (#19): details before a ticket is created,
 * the reason for a 👎, and a reply to an expert's answer. Each is a small form inside the card.
 */

/** "Ask an expert" opens the question with a details box; the ticket is created on "Send to the experts". */
export function escalateAction(questionId: string, question: string, draft?: string): CardAction {
  return {
    type: 'Action.ShowCard',
    title: 'Ask an expert',
    card: {
      type: 'AdaptiveCard',
      body: [
        subtle(`Your question: ${plain(question)}`),
        textInput({ id: 'details', label: 'Details for the expert (optional)', hint: 'What you tried, the error you saw, the app or flow it is about.', multiline: true, maxLength: MAX_DETAILS_CHARS, value: draft }),
      ],
      actions: [execute('Send to the experts', ASK_VERBS.escalate, { questionId }, 'positive')],
    },
  };
}

/** The one optional question after 👎, under the answer; nothing happens if it is left alone. */
export function reasonForm(questionId: string): CardElement[] {
  return [
    choiceInput({ id: 'reason', label: 'Why did it not help? (optional)', choices: FEEDBACK_REASONS.map((r) => ({ title: FEEDBACK_REASON_LABELS[r], value: r })) }),
    textInput({ id: 'note', label: 'Anything to add? (optional)', multiline: true, maxLength: MAX_FEEDBACK_NOTE_CHARS }),
    { type: 'ActionSet', actions: [execute('Send reason', ASK_VERBS.feedbackReason, { questionId })] },
  ];
}

/** On the expert's answer in the maker's chat: a reply reopens the ticket and the expert is told. */
export function replyAction(ticketId: string): CardAction {
  return {
    type: 'Action.ShowCard',
    title: 'Reply or reopen',
    card: {
      type: 'AdaptiveCard',
      body: [textInput({ id: 'message', label: 'Your reply to the expert', hint: 'Say what is still unclear or did not work; the ticket opens again.', multiline: true, maxLength: MAX_DETAILS_CHARS, required: true })],
      actions: [execute('Send reply and reopen', ASK_VERBS.reply, { ticketId }, 'positive')],
    },
  };
}
