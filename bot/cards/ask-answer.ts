import { escalateAction, reasonForm } from './ask-follow-ups.js';
import { ASK_VERBS } from './ask-verbs.js';
import { card, execute, plain, sendText, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

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
export function followUp(view: Pick<AnswerView, 'feedback' | 'ticket' | 'askPageUrl'>): CardElement[] {
  const out: CardElement[] = [];
  if (view.feedback === 'helpful') out.push(text('👍 Thanks for your feedback — glad it helped!', { color: 'Good', spacing: 'Medium' }));
  if (view.feedback === 'not-helpful') out.push(text('👎 Thanks for telling us. It helps the CoE improve this answer.', { spacing: 'Medium' }));
  if (view.ticket) {
    out.push(
      text(
        view.ticket.expertsNotified
          ? `📨 Sent to the CoE experts as **ticket #${view.ticket.number}**. Their answer will come to you here.`
          : `📝 Recorded as **ticket #${view.ticket.number}**. The CoE will follow up; you can see it on the [Ask page](${view.askPageUrl}).`,
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
export function answerCard(view: AnswerView): AdaptiveCard {
  const body: CardElement[] = [
    subtle(`You asked: ${plain(view.question)}`),
    text(view.highConfidence ? '✅ **High confidence**' : '**Likely answer** — check the source', { size: 'Small', spacing: 'Small' }),
    text(view.answer, { spacing: 'Medium' }),
  ];
  if (view.composedBy === 'ai') {
    body.push(subtle('✨ Written by AI from the sources below. Check important details in the source.'));
    body.push(text(view.sources.slice(0, 3).map((s, i) => sourceLine(s, i + 1)).join('\n\n'), { size: 'Small', spacing: 'Small' }));
  } else if (view.sources[0]) {
    body.push(text(`**Source:** ${sourceLine(view.sources[0])}`, { size: 'Small', spacing: 'Medium' }));
  }
  body.push(...followUp(view));
  if (view.feedback === 'not-helpful' && !view.feedbackReasonGiven) body.push(...reasonForm(view.questionId));
  const actions: CardAction[] = view.related.slice(0, 3).map((q) => sendText(buttonLabel(q), q));
  if (!view.feedback) {
    actions.push(execute('👍 Helpful', ASK_VERBS.feedback, { questionId: view.questionId, helpful: true }));
    actions.push(execute('👎 Not helpful', ASK_VERBS.feedback, { questionId: view.questionId, helpful: false }));
  }
  if (!view.ticket) actions.push(escalateAction(view.questionId, view.question));
  return card(body, actions);
}
