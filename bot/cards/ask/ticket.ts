import type { TicketAction } from '../../../src/domain/ask/tickets/state-machine.js';
import type { Ticket, TicketState } from '../../../src/domain/ask/tickets/types.js';
import type { BotKnowledge } from '../../../src/domain/ask/tickets/bot-knowledge.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { botKnewBlock } from './bot-knew.js';
import { replyAction } from './follow-ups.js';
import { ASK_VERBS } from './verbs.js';
import { card, execute, facts, heading, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';

/** The longest answer an expert can type into the card (the service checks the same limit). */
export const ANSWER_INPUT_MAX = 8000;

const STATE_ICON: Record<TicketState, string> = { open: '🟡', assigned: '🔵', answered: '🟢', closed: '⚪', reopened: '🟠' };

/** "🟡 Open — waiting for an expert", in the reader's language. */
export function stateLabel(state: TicketState, tr: Translator = ENGLISH): string {
  return `${STATE_ICON[state]} ${tr.t(`bot.tickets.state.${state}`)}`;
}

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

const LABELS: Record<TicketAction, [string, ('positive' | 'destructive')?]> = {
  assign: [ASK_VERBS.assign],
  answer: [ASK_VERBS.answer, 'positive'],
  close: [ASK_VERBS.close, 'destructive'],
  reopen: [ASK_VERBS.reopen],
  promote: [ASK_VERBS.promote],
};

/** Experts sit in many zones and a channel card has no single reader: UTC, in the reader's date format. */
function when(iso: string, tr: Translator): string {
  return `${tr.date(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/**
 * The card in the experts' channel. It always shows the ticket as it is (the outbox replaces it
 * after every change and the refresh action keeps it current for each viewer), with only the
 * actions its state allows; the server checks the role and the state again on every click.
 */
export function expertTicketCard(view: ExpertTicketView, tr: Translator = ENGLISH): AdaptiveCard {
  const t = view.ticket;
  const k = 'bot.tickets' as const;
  const body: CardElement[] = [heading(tr.t(`${k}.expertHeading`, { number: t.number })), text(`> ${plain(t.question)}`, { spacing: 'Medium' })];
  const rows: Array<[string, string]> = [
    [tr.t(`${k}.status`), stateLabel(t.state, tr)],
    [tr.t(`${k}.askedBy`), `${plain(t.askerName)}, ${when(t.createdAt, tr)}`],
  ];
  if (t.assigneeName) rows.push([tr.t(`${k}.assignedTo`), plain(t.assigneeName)]);
  if (t.answeredByName && t.answeredAt) rows.push([tr.t(`${k}.answeredBy`), `${plain(t.answeredByName)}, ${when(t.answeredAt, tr)}`]);
  if (t.kbEntryId) rows.push([tr.t(`${k}.knowledgeBase`), tr.t(`${k}.addedAs`, { id: t.kbEntryId })]);
  body.push(facts(rows));
  if (t.details) body.push(text(tr.t(`${k}.detailsFrom`, { name: plain(t.askerName), details: plain(t.details) }), { spacing: 'Small' }));
  if (view.knew) body.push(...botKnewBlock(view.knew, tr));
  if (t.answer) body.push(text(tr.t(`${k}.answerHeading`), { spacing: 'Medium' }), text(t.answer, { spacing: 'Small' }));
  if (t.makerReply)
    body.push(text(tr.t(t.makerReplyAt ? `${k}.repliedAt` : `${k}.replied`, { name: plain(t.askerName), when: t.makerReplyAt ? when(t.makerReplyAt, tr) : '', reply: plain(t.makerReply) }), { spacing: 'Medium' }));
  if (view.notice) body.push(text(view.notice, { color: 'Accent', spacing: 'Medium' }));
  if (view.actions.includes('answer')) {
    body.push({
      type: 'Input.Text',
      id: 'answer',
      label: t.answer ? tr.t(`${k}.answerAgain`) : tr.t(`${k}.yourAnswer`),
      isMultiline: true,
      maxLength: ANSWER_INPUT_MAX,
      placeholder: tr.t(`${k}.answerPlaceholder`),
      ...(view.draft ? { value: view.draft } : {}),
    });
  }
  // Close asks first (closeConfirmCard) and sits last, apart from the answer's send button.
  const actions: CardAction[] = view.actions.map((a) => {
    const [verb, style] = LABELS[a];
    if (a === 'assign' && t.assigneeId) return execute(tr.t(`${k}.takeOver`, { name: plain(t.assigneeName ?? tr.t(`${k}.theAssignee`)) }), verb, { ticketId: t.id });
    if (a === 'close') return execute(tr.t(`${k}.closeTicket`), verb, { ticketId: t.id });
    return execute(tr.t(`${k}.action.${a}`), verb, { ticketId: t.id }, style);
  });
  const closing = (action: CardAction) => Number(action.verb === ASK_VERBS.close);
  actions.sort((a, b) => closing(a) - closing(b));
  return card(body, actions, { refresh: { action: execute(tr.t(`${k}.refresh`), ASK_VERBS.refresh, { ticketId: t.id }) } });
}

/** Asks before closing: a closed ticket tells the maker nothing more unless someone reopens it. */
export function closeConfirmCard(ticket: Ticket, tr: Translator = ENGLISH): AdaptiveCard {
  return card(
    [
      heading(tr.t('bot.tickets.closeConfirm', { number: ticket.number })),
      text(`> ${plain(ticket.question)}`),
      text(tr.t(ticket.answer ? 'bot.tickets.closeKeepsAnswer' : 'bot.tickets.closeNoAnswer')),
    ],
    [execute(tr.t('bot.tickets.closeYes'), ASK_VERBS.close, { ticketId: ticket.id, confirmed: true }, 'destructive'), execute(tr.t('bot.tickets.keepOpen'), ASK_VERBS.refresh, { ticketId: ticket.id })],
    { refresh: { action: execute(tr.t('bot.tickets.refresh'), ASK_VERBS.refresh, { ticketId: ticket.id }) } },
  );
}

/** The expert's answer as the maker receives it in their chat. */
export function ticketAnswerCard(ticket: Ticket, notice?: string, tr: Translator = ENGLISH): AdaptiveCard {
  const body = [
    heading(tr.t('bot.tickets.answered')),
    subtle(tr.t('bot.tickets.youAsked', { number: ticket.number, question: plain(ticket.question) })),
    text(ticket.answer ?? '', { spacing: 'Medium' }),
    subtle(tr.t('bot.tickets.answeredByStillStuck', { name: plain(ticket.answeredByName ?? tr.t('bot.tickets.aCoeExpert')) })),
  ];
  if (ticket.makerReply) body.push(text(tr.t('bot.tickets.youReplied', { reply: plain(ticket.makerReply) }), { spacing: 'Medium' }));
  if (notice) body.push(text(notice, { color: 'Accent', spacing: 'Medium' }));
  const canReply = ticket.state === 'answered' || ticket.state === 'closed';
  return card(body, canReply ? [replyAction(ticket.id, tr)] : []);
}
