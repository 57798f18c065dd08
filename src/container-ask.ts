import type { AppConfig } from './config/index.js';
import { askConfig, type AskConfig } from './config/ask.js';
import { AskService } from './domain/ask/service.js';
import { CommunityKnowledge } from './domain/ask/community-passages.js';
import { tabUrlBuilder } from './container-search.js';
import { FaqService } from './domain/ask/faq-service.js';
import { KnowledgeBase } from './domain/ask/knowledge-base.js';
import { KnowledgeService } from './domain/ask/knowledge-service.js';
import { TicketService } from './domain/ask/tickets/ticket-service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';

/** The Ask capability: knowledge base, questions, FAQ editing and expert tickets. */
export interface AskModule {
  config: AskConfig;
  kb: KnowledgeBase;
  knowledge: KnowledgeService;
  faq: FaqService;
  questions: AskService;
  tickets: TicketService;
}

export function createAsk(config: AppConfig, store: Store, clock: Clock): AskModule {
  const ask = askConfig(config.settings);
  // Training, events and published stories are answerable too, each cited with its page in the tab.
  const kb = new KnowledgeBase(store, clock, { revisionCheckMs: ask.revisionCheckMs, community: new CommunityKnowledge(store, tabUrlBuilder(config)) });
  const knowledge = new KnowledgeService(store, clock, kb, { threshold: ask.threshold });
  const faq = new FaqService(store, clock, kb);
  return {
    config: ask,
    kb,
    knowledge,
    faq,
    questions: new AskService(store, clock, knowledge, { logGroupMs: ask.logGroupMs }),
    tickets: new TicketService(store, clock, faq, { expertsConversationId: ask.expertsConversationId }),
  };
}
