import { FEEDBACK_REASONS, MAX_FEEDBACK_NOTE_CHARS } from '../../../src/domain/ask/questions.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { MAX_DETAILS_CHARS } from '../../../src/domain/ask/tickets/ticket-service.js';
import { ASK_VERBS } from './verbs.js';
import { choiceInput, textInput } from '../inputs.js';
import { execute, plain, subtle } from '../kit.js';
import type { CardAction, CardElement } from '../types.js';

/**
 * What a maker adds around an answer in the bot's cards (#19): details before a ticket is created,
 * the reason for a 👎, and a reply to an expert's answer. Each is a small form inside the card.
 */

/** "Ask an expert" opens the question with a details box; the ticket is created on "Send to the experts". */
export function escalateAction(questionId: string, question: string, draft?: string, tr: Translator = ENGLISH): CardAction {
  return {
    type: 'Action.ShowCard',
    title: tr.t('bot.askFollowUps.askExpert'),
    card: {
      type: 'AdaptiveCard',
      body: [
        subtle(tr.t('bot.askFollowUps.yourQuestion', { question: plain(question) })),
        textInput({ id: 'details', label: tr.t('bot.askFollowUps.detailsLabel'), hint: tr.t('bot.askFollowUps.detailsHint'), multiline: true, maxLength: MAX_DETAILS_CHARS, value: draft }),
      ],
      actions: [execute(tr.t('bot.askFollowUps.sendToExperts'), ASK_VERBS.escalate, { questionId }, 'positive')],
    },
  };
}

/** The one optional question after 👎, under the answer; nothing happens if it is left alone. */
export function reasonForm(questionId: string, tr: Translator = ENGLISH): CardElement[] {
  return [
    choiceInput({ id: 'reason', label: tr.t('bot.askFollowUps.whyNot'), choices: FEEDBACK_REASONS.map((r) => ({ title: tr.t(`bot.askFollowUps.reason.${r}`), value: r })) }),
    textInput({ id: 'note', label: tr.t('bot.askFollowUps.anythingToAdd'), multiline: true, maxLength: MAX_FEEDBACK_NOTE_CHARS }),
    { type: 'ActionSet', actions: [execute(tr.t('bot.askFollowUps.sendReason'), ASK_VERBS.feedbackReason, { questionId })] },
  ];
}

/** On the expert's answer in the maker's chat: a reply reopens the ticket and the expert is told. */
export function replyAction(ticketId: string, tr: Translator = ENGLISH): CardAction {
  return {
    type: 'Action.ShowCard',
    title: tr.t('bot.askFollowUps.replyOrReopen'),
    card: {
      type: 'AdaptiveCard',
      body: [textInput({ id: 'message', label: tr.t('bot.askFollowUps.replyLabel'), hint: tr.t('bot.askFollowUps.replyHint'), multiline: true, maxLength: MAX_DETAILS_CHARS, required: true })],
      actions: [execute(tr.t('bot.askFollowUps.sendReply'), ASK_VERBS.reply, { ticketId }, 'positive')],
    },
  };
}
