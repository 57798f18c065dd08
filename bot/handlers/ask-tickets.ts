import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { translatorOf } from '../locale.js';
import { actionsFor, type TicketAction } from '../../src/domain/ask/tickets/state-machine.js';
import { hasRole } from '../../src/domain/identity/types.js';
import { isDomainError, ValidationError } from '../../src/domain/shared/errors.js';
import { closeConfirmCard, expertTicketCard } from '../cards/ask-ticket.js';
import { ASK_VERBS, type AskVerb } from '../cards/ask-verbs.js';
import { noticeCard } from '../cards/error.js';
import type { BotDeps } from '../deps.js';
import { onCardAction } from './card-action.js';
import { principalOf, turnInfo } from '../turn.js';
import { ticketData } from './ask-invoke.js';
import { replyWithCard } from './invoke-response.js';

const ACTIONS: Array<[TicketAction, AskVerb]> = [
  ['assign', ASK_VERBS.assign],
  ['answer', ASK_VERBS.answer],
  ['close', ASK_VERBS.close],
  ['reopen', ASK_VERBS.reopen],
  ['promote', ASK_VERBS.promote],
];

const stale = (context: TurnContext) => noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.tickets.staleBody'));

/**
 * The expert card's actions. Only experts and coe-admins who may see the ticket get here (the verb
 * rules, checked and audited first); the service checks the role again, and the state; the
 * clicker gets the ticket's current card back with a line saying what happened, and the outbox
 * updates the card for everyone else in the channel.
 */
export function registerTicketActions(app: Application, deps: BotDeps): void {
  const tickets = deps.services.ask.tickets;

  /** The card for this viewer: experts see the actions the state allows; others see none. */
  async function cardFor(context: TurnContext, ticketId: string, notice?: string, draft?: string) {
    const principal = principalOf(context);
    const ticket = await deps.services.store.repos.askTickets.find(ticketId);
    if (!ticket) return noticeCard(translatorOf(context).t('bot.tickets.notFound'), translatorOf(context).t('bot.tickets.notFoundBody'));
    const expert = hasRole(principal, 'expert', 'coe-admin');
    return expertTicketCard({ ticket, actions: expert ? actionsFor(ticket, principal.user.id) : [], notice: notice ?? (expert ? undefined : translatorOf(context).t('bot.tickets.expertsOnly')), draft }, translatorOf(context));
  }

  for (const [action, verb] of ACTIONS) {
    onCardAction(app, deps, verb, async (context, _state, raw) => {
      const data = ticketData.safeParse(raw);
      if (!data.success) return replyWithCard(context, stale(context));
      const { ticketId, answer } = data.data;
      if (action === 'close' && raw?.['confirmed'] !== true) {
        const ticket = await deps.services.store.repos.askTickets.find(ticketId);
        if (ticket && hasRole(principalOf(context), 'expert', 'coe-admin')) return replyWithCard(context, closeConfirmCard(ticket, translatorOf(context)));
      }
      try {
        const ticket = await tickets.act({ kind: 'user', principal: principalOf(context) }, ticketId, action, { answer });
        turnInfo(context).logger.info({ ticket: ticket.number, action, state: ticket.state }, 'ticket changed');
        return replyWithCard(context, await cardFor(context, ticketId, translatorOf(context).t(`bot.tickets.done.${action}`, { number: ticket.number })));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        // Refused (role, state, empty answer): the same card again with the reason, and what was typed kept.
        return replyWithCard(context, await cardFor(context, ticketId, `⚠️ ${error.message}`, error instanceof ValidationError || action === 'answer' ? answer : undefined));
      }
    });
  }

  onCardAction(app, deps, ASK_VERBS.refresh, async (context, _state, raw) => {
    const data = ticketData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale(context));
    return replyWithCard(context, await cardFor(context, data.data.ticketId));
  });
}
