import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { buttonLabel, followUp } from './answer.js';
import { escalateAction } from './follow-ups.js';
import { card, heading, plain, sendText, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

export interface ClosestView {
  title: string;
  heading: string | null;
  url: string | null;
  /** One plain-text sentence of the source. */
  sentence: string;
}

export interface ClosestCardView {
  questionId: string;
  question: string;
  /** Up to three sources, best first. */
  closest: ClosestView[];
  related: string[];
  ticket: { number: number; expertsNotified: boolean } | null;
  askPageUrl: string;
}

function sourceBlock(s: ClosestView): CardElement {
  const name = plain(s.heading ? `${s.title} › ${s.heading}` : s.title);
  return text(`**${s.url ? `[${name}](${s.url})` : name}**\n\n${plain(s.sentence)}`, { spacing: 'Medium' });
}

/**
 * The middle grade: the knowledge base has something related but is not sure it answers the
 * question, so it shows what looks closest (each source with its heading and one sentence) instead
 * of guessing, and makes "Ask an expert" the first button.
 */
export function closestCard(view: ClosestCardView, tr: Translator = ENGLISH): AdaptiveCard {
  const body: CardElement[] = [heading(tr.t('bot.ask.closest')), subtle(tr.t('bot.ask.youAsked', { question: plain(view.question) }))];
  body.push(...view.closest.slice(0, 3).map(sourceBlock));
  body.push(subtle(tr.t(view.ticket ? 'bot.ask.noneExactly' : 'bot.ask.noneExactlyExpert')));
  body.push(...followUp({ feedback: null, ticket: view.ticket, askPageUrl: view.askPageUrl }, tr));
  const actions: CardAction[] = view.ticket ? [] : [escalateAction(view.questionId, view.question, undefined, tr)];
  actions.push(...view.related.slice(0, 3).map((q) => sendText(buttonLabel(q), q)));
  return card(body, actions);
}
