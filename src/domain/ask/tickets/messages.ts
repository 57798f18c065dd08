import type { OutboundMessage } from '../../delivery/types.js';
import type { BotKnowledge } from './bot-knowledge.js';
import { actionsFor, type TicketAction } from './state-machine.js';
import type { Ticket } from './types.js';

/** Delivery templates of tickets (bot/delivery/templates/ask.ts renders them). */
export const TICKET_TEMPLATES = {
  /** The card in the experts' channel: always the ticket's current state and its actions. */
  expertCard: 'ask.expert-ticket',
  /** The expert's answer, in the maker's chat. */
  answer: 'ask.ticket-answer',
} as const;

/** What the templates receive: the ticket as it is after the change, and what the card may offer. */
export interface TicketMessagePayload {
  ticket: Ticket;
  actions: TicketAction[];
  /** What the bot told the maker (the expert card shows it); absent for tickets without a logged question. */
  knew?: BotKnowledge;
  [key: string]: unknown;
}

const cardKey = (ticketId: string) => `ticket:${ticketId}:expert-card`;

function payload(ticket: Ticket, knew?: BotKnowledge): TicketMessagePayload {
  return { ticket, actions: actionsFor(ticket), ...(knew ? { knew } : {}) };
}

/** Posts the expert card for a new ticket (once per ticket). */
export function expertCardPost(ticket: Ticket, conversationId: string, knew?: BotKnowledge): OutboundMessage {
  return { idempotencyKey: cardKey(ticket.id), operation: 'send', conversationId, template: TICKET_TEMPLATES.expertCard, payload: payload(ticket, knew), essential: true };
}

/** Replaces the posted expert card, so everyone in the channel sees who took it and what happened. */
export function expertCardUpdate(ticket: Ticket, conversationId: string, knew?: BotKnowledge): OutboundMessage {
  return {
    idempotencyKey: `${cardKey(ticket.id)}:v${ticket.version}`,
    operation: 'update',
    targetKey: cardKey(ticket.id),
    conversationId,
    template: TICKET_TEMPLATES.expertCard,
    payload: payload(ticket, knew),
    essential: true,
  };
}

export function expertCardKey(ticketId: string): string {
  return cardKey(ticketId);
}

/** The expert's answer to the maker; essential (it answers their own question), so opt-out does not hold it back. */
export function makerAnswer(ticket: Ticket, target: { conversationId: string; replyToActivityId?: string | null }): OutboundMessage {
  return {
    idempotencyKey: `ticket:${ticket.id}:answer:v${ticket.version}`,
    operation: 'send',
    conversationId: target.conversationId,
    ...(target.replyToActivityId ? { replyToActivityId: target.replyToActivityId } : {}),
    template: TICKET_TEMPLATES.answer,
    payload: payload(ticket),
    essential: true,
    recipientUserId: ticket.askerId,
  };
}
