import type { TicketAction } from '../../src/domain/ask/tickets/state-machine.js';
import type { Ticket, TicketState } from '../../src/domain/ask/tickets/types.js';
import type { BotKnowledge } from '../../src/domain/ask/tickets/bot-knowledge.js';
import { ENGLISH, type Translator } from '../../src/i18n/translator.js';
import { botKnewBlock } from './ask-bot-knew.js';
import { replyAction } from './ask-follow-ups.js';
import { ASK_VERBS } from './ask-verbs.js';
import { card, execute, facts, heading, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

/** The longest answer an expert can type into the card (the service checks the same limit). */
export const ANSWER_INPUT_MAX = 8000;

export const STATE_LABEL: Record<TicketState, string> = {
  open: '🟡 Open — waiting for an expert',
  assigned: '🔵 Assigned',
  answered: '🟢 Answered',
  closed: '⚪ Closed',
  reopened: '🟠 Reopened',
};

export interface ExpertTicketView {
  ticket: Ticket;
  /** What the ticket's state allows (from the domain), in card order. */
  actions: TicketAction[];
  /** A line about what just happened, for the person who clicked. */
  notice?: string;
  /** Input the expert typed (kept when an action is refused). */
  draft?: string;
  /** What the bot told the maker before they asked (absent: a ticket without a logged question). */
  knew?: BotKnowledge;
}

const LABELS: Record<TicketAction, [string, string, ('positive' | 'destructive')?]> = {
  assign: ['Assign to me', ASK_VERBS.assign],
  answer: ['Send answer', ASK_VERBS.answer, 'positive'],
  close: ['Close', ASK_VERBS.close, 'destructive'],
  reopen: ['Reopen', ASK_VERBS.reopen],
  promote: ['Add to knowledge base', ASK_VERBS.promote],
};

function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The card in the experts' channel. It always shows the ticket as it is (the outbox replaces it
 * after every change and the refresh action keeps it current for each viewer), with only the
 * actions its state allows; the server checks the role and the state again on every click.
 */
export function expertTicketCard(view: ExpertTicketView, tr: Translator = ENGLISH): AdaptiveCard {
  const t = view.ticket;
  const body: CardElement[] = [heading(`Ticket #${t.number}: a maker needs an expert`), text(`> ${plain(t.question)}`, { spacing: 'Medium' })];
  const rows: Array<[string, string]> = [
    ['Status', STATE_LABEL[t.state]],
    ['Asked by', `${plain(t.askerName)}, ${when(t.createdAt)}`],
  ];
  if (t.assigneeName) rows.push(['Assigned to', plain(t.assigneeName)]);
  if (t.answeredByName && t.answeredAt) rows.push(['Answered by', `${plain(t.answeredByName)}, ${when(t.answeredAt)}`]);
  if (t.kbEntryId) rows.push(['Knowledge base', `Added as ${t.kbEntryId}`]);
  body.push(facts(rows));
  if (t.details) body.push(text(`**Details from ${plain(t.askerName)}:** ${plain(t.details)}`, { spacing: 'Small' }));
  if (view.knew) body.push(...botKnewBlock(view.knew, tr));
  if (t.answer) body.push(text('**Answer**', { spacing: 'Medium' }), text(t.answer, { spacing: 'Small' }));
  if (t.makerReply) body.push(text(`**${plain(t.askerName)} replied${t.makerReplyAt ? `, ${when(t.makerReplyAt)}` : ''}:** ${plain(t.makerReply)}`, { spacing: 'Medium' }));
  if (view.notice) body.push(text(view.notice, { color: 'Accent', spacing: 'Medium' }));
  if (view.actions.includes('answer')) {
    body.push({
      type: 'Input.Text',
      id: 'answer',
      label: t.answer ? 'Answer again' : 'Your answer (Markdown works: **bold**, lists, links)',
      isMultiline: true,
      maxLength: ANSWER_INPUT_MAX,
      placeholder: 'Type the answer the maker will receive…',
      ...(view.draft ? { value: view.draft } : {}),
    });
  }
  // Close asks first (closeConfirmCard) and sits last, apart from the answer's send button.
  const actions: CardAction[] = view.actions.map((a) => {
    const [title, verb, style] = LABELS[a];
    if (a === 'assign' && t.assigneeId) return execute(`Take over from ${plain(t.assigneeName ?? 'the assignee')}`, verb, { ticketId: t.id });
    if (a === 'close') return execute('Close ticket…', verb, { ticketId: t.id });
    return execute(title, verb, { ticketId: t.id }, style);
  });
  actions.sort((a, b) => Number(a.title === 'Close ticket…') - Number(b.title === 'Close ticket…'));
  return card(body, actions, { refresh: { action: execute('Refresh', ASK_VERBS.refresh, { ticketId: t.id }) } });
}

/** Asks before closing: a closed ticket tells the maker nothing more unless someone reopens it. */
export function closeConfirmCard(ticket: Ticket): AdaptiveCard {
  return card(
    [
      heading(`Close ticket #${ticket.number}?`),
      text(`> ${plain(ticket.question)}`),
      text(ticket.answer ? 'The maker keeps the answer they got.' : 'The maker has no answer yet: closing it means no expert will answer.'),
    ],
    [execute('Yes, close it', ASK_VERBS.close, { ticketId: ticket.id, confirmed: true }, 'destructive'), execute('Keep it open', ASK_VERBS.refresh, { ticketId: ticket.id })],
    { refresh: { action: execute('Refresh', ASK_VERBS.refresh, { ticketId: ticket.id }) } },
  );
}

/** The expert's answer as the maker receives it in their chat. */
export function ticketAnswerCard(ticket: Ticket, notice?: string): AdaptiveCard {
  const body = [
    heading('An expert answered your question'),
    subtle(`Ticket #${ticket.number} · you asked: ${plain(ticket.question)}`),
    text(ticket.answer ?? '', { spacing: 'Medium' }),
    subtle(`Answered by ${plain(ticket.answeredByName ?? 'a CoE expert')}. Still stuck? Reply below and the ticket opens again.`),
  ];
  if (ticket.makerReply) body.push(text(`**You replied:** ${plain(ticket.makerReply)}`, { spacing: 'Medium' }));
  if (notice) body.push(text(notice, { color: 'Accent', spacing: 'Medium' }));
  const canReply = ticket.state === 'answered' || ticket.state === 'closed';
  return card(body, canReply ? [replyAction(ticket.id)] : []);
}
