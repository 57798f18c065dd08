import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorFieldsOf, errorMessageOf, translatorOf } from '../../locale.js';
import { actionsFor, type TicketAction } from '../../../src/domain/ask/tickets/state-machine.js';
import { hasRole } from '../../../src/domain/identity/types.js';
import { isDomainError, ValidationError } from '../../../src/domain/shared/errors.js';
import { userChange } from '../../../src/domain/identity/types.js';
import { z } from 'zod';
import { faqPrefill } from '../../../src/domain/ask/faq-input.js';
import { PROMOTE_INPUTS, promoteFormCard } from '../../cards/ask/promote-form.js';
import { closeConfirmCard, expertTicketCard } from '../../cards/ask/ticket.js';
import { ASK_VERBS, type AskVerb } from '../../cards/ask/verbs.js';
import { noticeCard } from '../../cards/error.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { ticketData } from './card-data.js';
import { replyWithCard } from '../invoke-response.js';

const ACTIONS: Array<[TicketAction, AskVerb]> = [
  ['assign', ASK_VERBS.assign],
  ['answer', ASK_VERBS.answer],
  ['close', ASK_VERBS.close],
  ['reopen', ASK_VERBS.reopen],
  ['promote', ASK_VERBS.promote],
];

/** The promote form's inputs as Teams sends them (bounded: a forged card cannot send more). */
const promoteForm = z.object({ [PROMOTE_INPUTS.question]: z.string().max(300).optional(), [PROMOTE_INPUTS.answer]: z.string().max(8000).optional(), [PROMOTE_INPUTS.alternates]: z.string().max(6300).optional() }).passthrough();
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

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
    const ticket = await deps.services.ask.tickets.peek(ticketId);
    if (!ticket) return noticeCard(translatorOf(context).t('bot.tickets.notFound'), translatorOf(context).t('bot.tickets.notFoundBody'));
    const expert = hasRole(principal, 'expert', 'coe-admin');
    // Only experts see what the bot told the maker; anyone else in the channel sees the bare ticket.
    const knew = (await tickets.botKnowledge(principal, [ticket])).get(ticket.id);
    const view = { ticket, actions: expert ? actionsFor(ticket, principal.user.id) : [], notice: notice ?? (expert ? undefined : translatorOf(context).t('bot.tickets.expertsOnly')), draft, knew };
    return expertTicketCard(view, translatorOf(context));
  }

  for (const [action, verb] of ACTIONS) {
    onCardAction(app, deps, verb, async (context, _state, raw) => {
      const data = ticketData.safeParse(raw);
      if (!data.success) return replyWithCard(context, stale(context));
      const { ticketId, answer } = data.data;
      if (action === 'promote') return promote(context, ticketId, raw ?? {});
      if (action === 'close' && raw?.['confirmed'] !== true) {
        const ticket = await deps.services.ask.tickets.peek(ticketId);
        if (ticket && hasRole(principalOf(context), 'expert', 'coe-admin')) return replyWithCard(context, closeConfirmCard(ticket, translatorOf(context)));
      }
      try {
        const ticket = await tickets.act(userChange(principalOf(context), turnInfo(context).correlationId), ticketId, action, { answer });
        turnInfo(context).logger.info({ ticket: ticket.number, action, state: ticket.state }, 'ticket changed');
        return replyWithCard(context, await cardFor(context, ticketId, translatorOf(context).t(`bot.tickets.done.${action}`, { number: ticket.number })));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        // Refused (role, state, empty answer): the same card again with the reason, and what was typed kept.
        return replyWithCard(context, await cardFor(context, ticketId, `⚠️ ${errorMessageOf(context, error)}`, error instanceof ValidationError || action === 'answer' ? answer : undefined));
      }
    });
  }

  /** "Add to knowledge base": first the FAQ form, prefilled; its "Save" brings the edited entry. */
  async function promote(context: TurnContext, ticketId: string, raw: Record<string, unknown>) {
    const tr = translatorOf(context);
    const ticket = await deps.services.ask.tickets.peek(ticketId);
    const expert = hasRole(principalOf(context), 'expert', 'coe-admin');
    if (!ticket || !expert || ticket.kbEntryId || !ticket.answer) return replyWithCard(context, await cardFor(context, ticketId, ticket?.kbEntryId ? `⚠️ The answer to ticket #${ticket.number} is in the knowledge base already.` : undefined));
    if (raw['save'] !== true) return replyWithCard(context, promoteFormCard({ ticket, ...faqPrefill(ticket) }, tr));
    const form = promoteForm.safeParse(raw);
    const entry = form.success ? { question: form.data[PROMOTE_INPUTS.question] ?? '', answer: form.data[PROMOTE_INPUTS.answer] ?? '', alternates: lines(form.data[PROMOTE_INPUTS.alternates] ?? '') } : null;
    if (!entry) return replyWithCard(context, promoteFormCard({ ticket, ...faqPrefill(ticket), problem: 'Those fields are too long for an FAQ entry.' }, tr));
    try {
      const after = await tickets.act(userChange(principalOf(context), turnInfo(context).correlationId), ticketId, 'promote', { entry });
      turnInfo(context).logger.info({ ticket: after.number, action: 'promote', entry: after.kbEntryId }, 'ticket changed');
      return replyWithCard(context, await cardFor(context, ticketId, tr.t('bot.tickets.promote.done', { number: after.number, question: entry.question.trim() })));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const fields = error instanceof ValidationError ? Object.values(errorFieldsOf(context, error) ?? {}).join(' ') : '';
      return replyWithCard(context, promoteFormCard({ ticket, ...entry, problem: fields || errorMessageOf(context, error) }, tr));
    }
  }

  onCardAction(app, deps, ASK_VERBS.refresh, async (context, _state, raw) => {
    const data = ticketData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale(context));
    return replyWithCard(context, await cardFor(context, data.data.ticketId));
  });
}
