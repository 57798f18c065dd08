import { CardFactory, type TurnContext } from 'botbuilder';
import { translatorOf } from '../../locale.js';
import { hasRole } from '../../../src/domain/identity/types.js';
import { waitingTicketsCard, WAITING_SHOWN } from '../../cards/ask/waiting.js';
import type { BotDeps } from '../../deps.js';
import { principalOf } from '../../turn.js';

/** "tickets": the experts' count of questions waiting for them, in chat as on the tab's Ask badge. */
export function registerWaitingTickets(deps: BotDeps): void {
  deps.router.register({
    id: 'waiting-tickets',
    title: 'Tickets waiting',
    description: 'For CoE experts: how many questions wait for an expert, and take one from the card.',
    example: 'tickets',
    audience: 'coe-admin',
    patterns: [/^(?:open |waiting |show )?tickets(?: waiting)?$/],
    run: (context) => sendWaiting(context, deps),
  });
}

async function sendWaiting(context: TurnContext, deps: BotDeps): Promise<void> {
  const principal = principalOf(context);
  if (!hasRole(principal, 'expert', 'coe-admin')) {
    await context.sendActivity(translatorOf(context).t('bot.ask.waiting.expertsOnly'));
    return;
  }
  const count = await deps.services.ask.tickets.waitingCount(principal);
  // Oldest first: the maker who waited longest is helped first.
  const oldest = await deps.services.ask.tickets.oldestWaiting(principal, WAITING_SHOWN);
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(waitingTicketsCard(count, oldest, translatorOf(context)))] });
}
