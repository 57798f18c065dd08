import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { isDomainError } from '../../src/domain/shared/errors.js';
import { ASK_VERBS } from '../cards/ask-verbs.js';
import { noticeCard } from '../cards/error.js';
import type { AdaptiveCard } from '../cards/types.js';
import type { BotDeps } from '../deps.js';
import { onCardAction } from './card-action.js';
import { principalOf, turnInfo } from '../turn.js';
import { escalateData, feedbackData } from './ask-invoke.js';
import { replyWithCard } from './invoke-response.js';
import { questionCard, ticketRef } from './ask-views.js';

const stale = () => noticeCard('This card is out of date', 'Ask me your question again and I will answer with a fresh card.');

/** 👍/👎 and "Ask an expert" on answer cards: each updates the card in place for the person who clicked. */
export function registerAskActions(app: Application, deps: BotDeps): void {
  const ask = deps.services.ask;
  const askPage = deps.links.page('ask');

  async function current(questionId: string) {
    const record = await ask.questions.question(questionId);
    const ticket = record.ticketId ? await deps.services.store.repos.askTickets.find(record.ticketId) : undefined;
    return questionCard(record, ticketRef(ticket, ask.tickets.expertsConversationId), askPage);
  }

  async function safely(context: TurnContext, work: () => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
    try {
      return await work();
    } catch (error) {
      if (isDomainError(error)) return replyWithCard(context, noticeCard("That didn't work", error.message));
      throw error;
    }
  }

  onCardAction(app, deps, ASK_VERBS.feedback, async (context, _state, raw) => {
    const data = feedbackData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale());
    return safely(context, async () => {
      const { recorded } = await ask.questions.feedback(principalOf(context), data.data.questionId, data.data.helpful ? 'helpful' : 'not-helpful');
      turnInfo(context).logger.info({ question: data.data.questionId, helpful: data.data.helpful, recorded }, 'answer feedback');
      return replyWithCard(context, await current(data.data.questionId));
    });
  });

  onCardAction(app, deps, ASK_VERBS.escalate, async (context, _state, raw) => {
    const data = escalateData.safeParse(raw);
    if (!data.success) return replyWithCard(context, stale());
    return safely(context, async () => {
      const { ticket, created } = await ask.tickets.escalate(principalOf(context), data.data.questionId, data.data.details);
      turnInfo(context).logger.info({ question: data.data.questionId, ticket: ticket.number, created }, 'question escalated');
      return replyWithCard(context, await current(data.data.questionId));
    });
  });
}
