import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { buttonLabel, followUp } from './answer.js';
import { escalateAction } from './follow-ups.js';
import { card, heading, plain, sendText, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

export interface NotSureView {
  questionId: string;
  question: string;
  /** Closest matches, offered as questions to ask instead. */
  related: string[];
  ticket: { number: number; expertsNotified: boolean } | null;
  askPageUrl: string;
}

/**
 * The "unknown" grade: nothing in the knowledge base is close to the question (usually it is not
 * about the Power Platform at all). No guess and no unrelated topics: a plain "I don't know that
 * one" and the way to an expert. A wrong confident answer costs a maker more than that.
 */
export function notSureCard(view: NotSureView, tr: Translator = ENGLISH): AdaptiveCard {
  const body: CardElement[] = [
    heading(tr.t('bot.ask.unknown')),
    subtle(tr.t('bot.ask.youAsked', { question: plain(view.question) })),
    text(tr.t(view.ticket ? 'bot.ask.unknownBody' : 'bot.ask.unknownBodyExpert')),
  ];
  if (view.related.length && !view.ticket) body.push(subtle(tr.t('bot.ask.otherTopics')));
  body.push(...followUp({ feedback: null, ticket: view.ticket, askPageUrl: view.askPageUrl }, tr));
  const actions: CardAction[] = view.ticket ? [] : [escalateAction(view.questionId, view.question, undefined, tr)];
  actions.push(...view.related.slice(0, 3).map((q) => sendText(buttonLabel(q), q)));
  return card(body, actions);
}
