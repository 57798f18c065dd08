import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorMessageOf, translatorOf } from '../../locale.js';
import { say } from '../../../src/domain/shared/error-text.js';
import { isDomainError, ValidationError } from '../../../src/domain/shared/errors.js';
import { ticketAnswerCard } from '../../cards/ask/ticket.js';
import { ASK_VERBS } from '../../cards/ask/verbs.js';
import { noticeCard } from '../../cards/error.js';
import type { BotDeps } from '../../deps.js';
import { principalOf, turnInfo } from '../../turn.js';
import { reasonData, replyData } from './card-data.js';
import { replyWithCard } from '../invoke-response.js';
import { questionCard, ticketRef } from '../../cards/ask/question.js';
import { onCardAction } from '../card-action.js';
import { userChange } from '../../../src/domain/identity/types.js';

const stale = (context: TurnContext) => noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.ask.staleBody'));

/**
 * The maker's follow-ups in the cards (#19): why a 👎 answer did not help, and a reply to an
 * expert's answer that reopens the ticket. Who may press them is the verb rules' (checked and
 * audited first); the services check again. A refusal answers with the same card and the reason.
 */
export function registerAskFollowUps(app: Application, deps: BotDeps): void {
  const ask = deps.services.ask;

  async function answerCardOf(context: TurnContext, questionId: string, notice?: string) {
    const record = await ask.questions.question(questionId);
    const ticket = record.ticketId ? await deps.services.ask.tickets.peek(record.ticketId) : undefined;
    const shown = questionCard(record, ticketRef(ticket, ask.tickets.expertsConversationId), deps.links.page('ask'), translatorOf(context));
    if (notice) shown.body.push({ type: 'TextBlock', text: notice, wrap: true, color: 'Accent', spacing: 'Medium' });
    return shown;
  }

  onCardAction(app, deps, ASK_VERBS.feedbackReason, async (context, _state, raw) => {
    const data = reasonData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale(context));
    const { questionId, reason, note } = data.data;
    try {
      if (!reason) throw new ValidationError(say('errors.server.pickReason'), { reason: say('errors.ask.required') });
      await ask.questions.feedbackReason(userChange(principalOf(context), turnInfo(context).correlationId), questionId, reason, note ?? null);
      turnInfo(context).logger.info({ question: questionId, reason }, 'feedback reason');
      return replyWithCard(context, await answerCardOf(context, questionId, translatorOf(context).t('bot.ask.reasonThanks')));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return replyWithCard(context, await answerCardOf(context, questionId, `⚠️ ${errorMessageOf(context, error)}`).catch(() => noticeCard(translatorOf(context).t('bot.errors.didNotWork'), errorMessageOf(context, error))));
    }
  });

  onCardAction(app, deps, ASK_VERBS.reply, async (context: TurnContext, _state, raw) => {
    const data = replyData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale(context));
    const { ticketId, message } = data.data;
    try {
      const ticket = await ask.tickets.reply(userChange(principalOf(context), turnInfo(context).correlationId), ticketId, message ?? '');
      turnInfo(context).logger.info({ ticket: ticket.number }, 'maker replied to an answer');
      return replyWithCard(context, ticketAnswerCard(ticket, translatorOf(context).t('bot.tickets.replySent', { number: ticket.number }), translatorOf(context)));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      // The asker sees their answer again with the reason; anyone else only the reason.
      const ticket = await deps.services.ask.tickets.peek(ticketId);
      const own = ticket && ticket.askerId === principalOf(context).user.id;
      return replyWithCard(context, own ? ticketAnswerCard(ticket, `⚠️ ${errorMessageOf(context, error)}`, translatorOf(context)) : noticeCard(translatorOf(context).t('bot.errors.didNotWork'), errorMessageOf(context, error)));
    }
  });
}
