import { ConflictError } from '../../shared/errors.js';
import type { Ticket, TicketState } from './types.js';
import { say, term } from '../../shared/error-text.js';

/** What an expert (or coe-admin) can do to a ticket. */
export type TicketAction = 'assign' | 'answer' | 'close' | 'reopen' | 'promote';

export const TICKET_ACTIONS: readonly TicketAction[] = ['assign', 'answer', 'close', 'reopen', 'promote'];

/**
 * Which states each action starts from and where it leads. "assign" from `assigned` lets another
 * expert take a ticket over; "promote" (add the answer to the knowledge base) keeps the state.
 */
const RULES: Record<TicketAction, { from: readonly TicketState[]; to: TicketState | null }> = {
  assign: { from: ['open', 'assigned', 'reopened'], to: 'assigned' },
  answer: { from: ['open', 'assigned', 'reopened'], to: 'answered' },
  close: { from: ['open', 'assigned', 'answered', 'reopened'], to: 'closed' },
  reopen: { from: ['answered', 'closed'], to: 'reopened' },
  promote: { from: ['answered', 'closed', 'reopened'], to: null },
};

/** The allowed actions in a state (the card shows exactly these). */
export function allowedActions(ticket: Pick<Ticket, 'state' | 'answer' | 'kbEntryId'>): TicketAction[] {
  return TICKET_ACTIONS.filter((a) => RULES[a].from.includes(ticket.state) && (a !== 'promote' || (!!ticket.answer && !ticket.kbEntryId)));
}

/**
 * The actions one person is offered: an assigned ticket offers "assign" no more on the shared card
 * (no viewer) nor to its assignee — only another expert may still take it over.
 */
export function actionsFor(ticket: Pick<Ticket, 'state' | 'answer' | 'kbEntryId' | 'assigneeId'>, viewerId?: string): TicketAction[] {
  const taken = ticket.assigneeId !== null && (viewerId === undefined || viewerId === ticket.assigneeId);
  return allowedActions(ticket).filter((a) => !(a === 'assign' && taken));
}

/** The state after an action, or a conflict the person can understand (a stale card, a double click). */
export function nextState(ticket: Pick<Ticket, 'number' | 'state' | 'answer' | 'kbEntryId'>, action: TicketAction): TicketState {
  if (action === 'promote' && ticket.kbEntryId) throw new ConflictError(say('errors.ask.ticketInKb', { number: ticket.number }));
  if (action === 'promote' && !ticket.answer) throw new ConflictError(say('errors.ask.ticketNoAnswer', { number: ticket.number }));
  if (!RULES[action].from.includes(ticket.state)) throw new ConflictError(say('errors.ask.ticketCannot', { number: ticket.number, state: term(`errors.ask.ticketState.${ticket.state}`), action: term(`errors.ask.ticketAction.${action}`) }));
  return RULES[action].to ?? ticket.state;
}

