import { buttonLabel, followUp } from './ask-answer.js';
import { ASK_VERBS } from './ask-verbs.js';
import { card, execute, heading, plain, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

export interface NotSureView {
  questionId: string;
  question: string;
  /** Closest matches, offered as questions to ask instead. */
  related: string[];
  ticket: { number: number; expertsNotified: boolean } | null;
  askPageUrl: string;
}

/**
 * Shown when the knowledge base has no confident answer: no guess, the closest topics as buttons,
 * and the way to an expert. A wrong confident answer costs a maker more than "I'm not sure".
 */
export function notSureCard(view: NotSureView): AdaptiveCard {
  const body: CardElement[] = [
    heading("I'm not sure about that one"),
    subtle(`You asked: ${plain(view.question)}`),
    text(view.ticket ? 'I could not find a good answer in the CoE knowledge base.' : 'I could not find a good answer in the CoE knowledge base. An expert from the CoE can help — or try one of these topics, or rephrase with the product name (Power Apps, Power Automate, Dataverse…).'),
  ];
  if (view.related.length && !view.ticket) body.push(subtle('Closest topics I know:'));
  body.push(...followUp({ feedback: null, ticket: view.ticket, askPageUrl: view.askPageUrl }));
  const actions: CardAction[] = view.ticket ? [] : [execute('Ask an expert', ASK_VERBS.escalate, { questionId: view.questionId }, 'positive')];
  actions.push(...view.related.slice(0, 3).map((q) => sendText(buttonLabel(q), q)));
  return card(body, actions);
}
