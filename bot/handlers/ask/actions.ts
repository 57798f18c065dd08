import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { errorMessageOf, translatorOf } from '../../locale.js';
import { isDomainError } from '../../../src/domain/shared/errors.js';
import { ASK_VERBS } from '../../cards/ask/verbs.js';
import { noticeCard } from '../../cards/error.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { BotDeps } from '../../deps.js';
import { onCardAction } from '../card-action.js';
import { principalOf, turnInfo } from '../../turn.js';
import { escalateData, feedbackData } from './card-data.js';
import { replyWithCard } from '../invoke-response.js';
import { questionCard, ticketRef } from '../../cards/ask/question.js';
import { userChange } from '../../../src/domain/identity/types.js';

const stale = (context: TurnContext) => noticeCard(translatorOf(context).t('bot.outdatedCard.title'), translatorOf(context).t('bot.ask.staleBody'));

/** 👍/👎 and "Ask an expert" on answer cards: each updates the card in place for the person who clicked. */
export function registerAskActions(app: Application, deps: BotDeps): void {
  const ask = deps.services.ask;
  const askPage = deps.links.page('ask');

  async function current(questionId: string, context: TurnContext) {
    const record = await ask.questions.question(questionId);
    const ticket = record.ticketId ? await deps.services.ask.tickets.peek(record.ticketId) : undefined;
    return questionCard(record, ticketRef(ticket, ask.tickets.expertsConversationId), askPage, translatorOf(context));
  }

  async function safely(context: TurnContext, work: () => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
    try {
      return await work();
    } catch (error) {
      if (isDomainError(error)) return replyWithCard(context, noticeCard(translatorOf(context).t('bot.errors.didNotWork'), errorMessageOf(context, error)));
      throw error;
    }
  }

  onCardAction(app, deps, ASK_VERBS.feedback, async (context, _state, raw) => {
    const data = feedbackData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale(context));
    return safely(context, async () => {
      const { recorded } = await ask.questions.feedback(userChange(principalOf(context), turnInfo(context).correlationId), data.data.questionId, data.data.helpful ? 'helpful' : 'not-helpful');
      turnInfo(context).logger.info({ question: data.data.questionId, helpful: data.data.helpful, recorded }, 'answer feedback');
      return replyWithCard(context, await current(data.data.questionId, context));
    });
  });

  onCardAction(app, deps, ASK_VERBS.escalate, async (context, _state, raw) => {
    const data = escalateData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale(context));
    return safely(context, async () => {
      const { ticket, created } = await ask.tickets.escalate(userChange(principalOf(context), turnInfo(context).correlationId), data.data.questionId, data.data.details);
      turnInfo(context).logger.info({ question: data.data.questionId, ticket: ticket.number, created }, 'question escalated');
      return replyWithCard(context, await current(data.data.questionId, context));
    });
  });
}
