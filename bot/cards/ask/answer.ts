import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { escalateAction, reasonForm } from './follow-ups.js';
import { ASK_VERBS } from './verbs.js';
import { card, execute, plain, sendText, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

export interface SourceView {
  title: string;
  heading: string | null;
  url: string | null;
}

/** What the answer card shows; built from the answer and the question's record. */
export interface AnswerView {
  questionId: string;
  question: string;
  /** Teams card Markdown. */
  answer: string;
  sources: SourceView[];
  related: string[];
  composedBy: 'retrieval' | 'ai';
  /** Calibrated "High confidence" (right at least 90% of the time on the maker set); otherwise "Likely answer". */
  highConfidence: boolean;
  feedback: 'helpful' | 'not-helpful' | null;
  /** Whether the maker said why a 👎 (the card then stops asking). */
  feedbackReasonGiven?: boolean;
  /** Set once the question went to the experts. */
  ticket: { number: number; expertsNotified: boolean } | null;
  /** The tab's Ask page (tickets are listed there). */
  askPageUrl: string;
}

/** Button labels stay short (Teams cuts long ones mid-word); the button still sends the whole question. */
export function buttonLabel(question: string): string {
  return question.length > 45 ? `${question.slice(0, 43).trimEnd()}…` : question;
}

function sourceLine(s: SourceView, n?: number): string {
  const name = plain(s.heading ? `${s.title} › ${s.heading}` : s.title);
  const label = s.url ? `[${name}](${s.url})` : name;
  return n === undefined ? label : `[${n}] ${label}`;
}

/** The part under the answer that changes with 👍/👎 and escalation. */
export function followUp(view: Pick<AnswerView, 'feedback' | 'ticket' | 'askPageUrl'>, tr: Translator = ENGLISH): CardElement[] {
  const out: CardElement[] = [];
  if (view.feedback === 'helpful') out.push(text(tr.t('bot.ask.thanksHelpful'), { color: 'Good', spacing: 'Medium' }));
  if (view.feedback === 'not-helpful') out.push(text(tr.t('bot.ask.thanksNotHelpful'), { spacing: 'Medium' }));
  if (view.ticket) {
    out.push(
      text(
        view.ticket.expertsNotified
          ? tr.t('bot.ask.sentToExperts', { number: view.ticket.number })
          : tr.t('bot.ask.recordedTicket', { number: view.ticket.number, url: view.askPageUrl }),
        { spacing: 'Medium' },
      ),
    );
  }
  return out;
}

/**
 * The answer card: the question, the answer, where it comes from, up to three related questions
 * and the 👍/👎 and "Ask an expert" buttons (at most six actions, as Teams asks).
 */
export function answerCard(view: AnswerView, tr: Translator = ENGLISH): AdaptiveCard {
  const body: CardElement[] = [
    subtle(tr.t('bot.ask.youAsked', { question: plain(view.question) })),
    text(tr.t(view.highConfidence ? 'bot.ask.highConfidence' : 'bot.ask.likely'), { size: 'Small', spacing: 'Small' }),
    text(view.answer, { spacing: 'Medium' }),
  ];
  if (view.composedBy === 'ai') {
    body.push(subtle(tr.t('bot.ask.writtenByAi')));
    body.push(text(view.sources.slice(0, 3).map((s, i) => sourceLine(s, i + 1)).join('\n\n'), { size: 'Small', spacing: 'Small' }));
  } else if (view.sources[0]) {
    body.push(text(tr.t('bot.ask.source', { source: sourceLine(view.sources[0]) }), { size: 'Small', spacing: 'Medium' }));
  }
  body.push(...followUp(view, tr));
  if (view.feedback === 'not-helpful' && !view.feedbackReasonGiven) body.push(...reasonForm(view.questionId, tr));
  const actions: CardAction[] = view.related.slice(0, 3).map((q) => sendText(buttonLabel(q), q));
  if (!view.feedback) {
    actions.push(execute(tr.t('bot.ask.helpful'), ASK_VERBS.feedback, { questionId: view.questionId, helpful: true }));
    actions.push(execute(tr.t('bot.ask.notHelpful'), ASK_VERBS.feedback, { questionId: view.questionId, helpful: false }));
  }
  if (!view.ticket) actions.push(escalateAction(view.questionId, view.question, undefined, tr));
  return card(body, actions);
}
