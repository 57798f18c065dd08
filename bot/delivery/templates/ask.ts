import { CardFactory } from 'botbuilder';
import { BOT_GRADE_BANDS, type BotKnowledge } from '../../../src/domain/ask/tickets/bot-knowledge.js';
import { TICKET_ACTIONS, type TicketAction } from '../../../src/domain/ask/tickets/state-machine.js';
import { TICKET_TEMPLATES, type TicketMessagePayload } from '../../../src/domain/ask/tickets/messages.js';
import { TICKET_STATES, type Ticket } from '../../../src/domain/ask/tickets/types.js';
import { expertTicketCard, ticketAnswerCard } from '../../cards/ask/ticket.js';
import { TemplatePayloadError, type TemplateMap } from './types.js';

function payloadOf(template: string, payload: Record<string, unknown>): TicketMessagePayload {
  const ticket = payload.ticket as Ticket | undefined;
  if (!ticket || typeof ticket !== 'object' || typeof ticket.id !== 'string' || typeof ticket.number !== 'number' || typeof ticket.question !== 'string' || !TICKET_STATES.includes(ticket.state))
    throw new TemplatePayloadError(template, 'payload.ticket must be a ticket');
  const actions = Array.isArray(payload.actions) ? payload.actions.filter((a): a is TicketAction => TICKET_ACTIONS.includes(a as TicketAction)) : [];
  const given = payload.knew as BotKnowledge | undefined;
  const knew = given && typeof given === 'object' && BOT_GRADE_BANDS.includes(given.band) && Array.isArray(given.sources) ? given : undefined;
  return { ticket, actions, ...(knew ? { knew } : {}) };
}

/**
 * How the delivery engine renders ticket messages: the expert card in the experts' channel (the
 * same card an expert gets back after a click) and the expert's answer in the maker's chat. The
 * text is what Teams shows in notifications and the chat list.
 */
export const ASK_RENDERERS: TemplateMap = {
  [TICKET_TEMPLATES.expertCard]: (payload, tr) => {
    const { ticket, actions, knew } = payloadOf(TICKET_TEMPLATES.expertCard, payload);
    return { type: 'message', text: `Ticket #${ticket.number}: ${ticket.question.slice(0, 120)}`, attachments: [CardFactory.adaptiveCard(expertTicketCard({ ticket, actions, knew }, tr))] };
  },
  [TICKET_TEMPLATES.answer]: (payload, tr) => {
    const { ticket } = payloadOf(TICKET_TEMPLATES.answer, payload);
    if (!ticket.answer) throw new TemplatePayloadError(TICKET_TEMPLATES.answer, 'payload.ticket has no answer');
    return { type: 'message', text: tr.t('bot.tickets.answerSummary', { number: ticket.number }), attachments: [CardFactory.adaptiveCard(ticketAnswerCard(ticket, undefined, tr))] };
  },
};
