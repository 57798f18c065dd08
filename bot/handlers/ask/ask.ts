import type { Application } from '@microsoft/teams-ai';
import { CardFactory, type TurnContext } from 'botbuilder';
import { translatorOf } from '../../locale.js';
import type { QuestionChannel } from '../../../src/domain/ask/questions.js';
import { baseConversationId, scopeOf } from '../../activity-parts.js';
import { createComposerFactory } from '../../ai/answer-composer.js';
import { createRankerFactory } from '../../ai/source-ranker.js';
import type { BotDeps } from '../../deps.js';
import { principalOf, turnInfo } from '../../turn.js';
import { registerAskActions } from './actions.js';
import { registerAskFollowUps } from './follow-ups.js';
import { registerKnowledgeSearch } from './search.js';
import { registerTicketActions } from './tickets.js';
import { registerWaitingTickets } from './waiting.js';
import { questionCard, ticketRef } from '../../cards/ask/question.js';
import { sendHelp } from '../help.js';
import { userChange } from '../../../src/domain/identity/types.js';

/** "thanks", "ok", "bye": not questions; answering them from the knowledge base would be silly. */
const THANKS = /^(thanks?( a lot| so much)?( you)?|thank you( very much)?|thx|ty|cheers|ok(ay)?|cool|great|nice|awesome|perfect|got it|bye|goodbye|see you|danke( schön| sehr)?|vielen dank|prima|alles klar|tschüss)[\s!.]*$/i;
/** Greetings with more than one word (single words are help's own patterns). */
const GREETING = /^(good (morning|afternoon|evening|day)|hi there|hello there|hey there|yo|hiya|moin|servus|guten (morgen|tag))[\s!.,]*$/i;

/** "ask how do I …": the command form (the command menu's "ask" entry; "Fragen" in German). */
const ASK_PREFIX = /^(?:ask|question|q|fragen)\s*[:-]?\s+/i;

/** The channel thread's root message, when the question was asked in a channel. */
function threadOf(context: TurnContext): string | null {
  const id = context.activity.conversation?.id ?? '';
  const match = /;messageid=(\d+)/.exec(id);
  return match?.[1] ?? (scopeOf(context.activity) === 'channel' ? (context.activity.replyToId ?? context.activity.id ?? null) : null);
}

/**
 * Answers a question from the knowledge base and records it; when the bot is not sure it says so
 * (and, with ASK_AUTO_ESCALATE, hands the question to the experts at once).
 */
export interface AiFactories {
  compose?: ReturnType<typeof createComposerFactory>;
  rank?: ReturnType<typeof createRankerFactory>;
}

export async function answerQuestion(context: TurnContext, deps: BotDeps, question: string, ai: AiFactories = {}): Promise<void> {
  const { scope, logger, correlationId } = turnInfo(context);
  const change = userChange(principalOf(context), correlationId);
  const ask = deps.services.ask;
  const { record, answer } = await ask.questions.ask(change, {
    question,
    channel: scope as QuestionChannel,
    conversationId: context.activity.conversation?.id ? baseConversationId(context.activity.conversation.id) : null,
    threadId: threadOf(context),
    composer: ai.compose?.(context),
    composeTimeoutMs: ask.config.ai?.timeoutMs,
    onComposeFallback: (reason) => logger.warn({ reason }, 'AI answer unavailable, answering with the retrieved passage'),
    ranker: ai.rank?.(context),
    rankTimeoutMs: ask.config.rerankTimeoutMs,
    onRankFallback: (reason) => logger.warn({ reason }, 'AI ranking unavailable, keeping the retrieval order'),
  });
  logger.info({ question: record.id, answered: answer.answered, confidence: answer.confidence, top: record.topSourcePath, by: answer.composedBy, rankedBy: answer.rankedBy ?? 'retrieval' }, 'question answered');
  let ticket = null;
  if (!answer.answered && ask.config.autoEscalate) ticket = (await ask.tickets.escalate(change, record.id)).ticket;
  const card = questionCard(record, ticketRef(ticket ?? undefined, ask.tickets.expertsConversationId), deps.links.page('ask'), translatorOf(context));
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

/**
 * The knowledge base claims free text: anything no command matches is a question (greetings and
 * thanks excepted). Also registers the card actions, expert tickets and the search extension.
 */
export function registerAsk(app: Application, deps: BotDeps): void {
  const { ai: aiConfig, rerankTimeoutMs } = deps.services.ask.config;
  const ai: AiFactories = aiConfig ? { compose: createComposerFactory(aiConfig), rank: rerankTimeoutMs > 0 ? createRankerFactory(aiConfig) : undefined } : {};

  deps.router.register({
    id: 'ask',
    title: 'Ask a question',
    description: 'Ask anything about Power Apps, Power Automate, environments, DLP or licensing — I answer from the CoE knowledge base, or hand it to an expert.',
    example: 'ask how do I get a developer environment?',
    patterns: [/^(?:ask|question|q)\s*[:-]?\s+\S/],
    run: (context) => answerQuestion(context, deps, originalText(context).replace(ASK_PREFIX, ''), ai),
  });

  registerWaitingTickets(deps);

  deps.router.setFallback(async (context, text) => {
    if (!text || GREETING.test(text)) return sendHelp(context, deps);
    if (THANKS.test(text)) {
      await context.sendActivity(translatorOf(context).t('bot.thanksReply'));
      return;
    }
    return answerQuestion(context, deps, text, ai);
  });

  registerAskActions(app, deps);
  registerTicketActions(app, deps);
  registerAskFollowUps(app, deps);
  registerKnowledgeSearch(app, deps);
  // Build the search index now rather than on the first question (a large knowledge base takes a second).
  deps.services.ask.kb.refreshIfStale().catch((error: unknown) => deps.services.logger.error({ err: error }, 'knowledge base could not be loaded'));
}

/** The typed text (mention already removed by teams-ai) or a card button's command. */
function originalText(context: TurnContext): string {
  const typed = (context.activity.text ?? '').trim();
  if (typed) return typed;
  const command = (context.activity.value as { command?: unknown } | undefined)?.command;
  return typeof command === 'string' ? command.trim() : '';
}
