import type { AskModule } from './container-ask.js';
import { InsightsService } from './domain/insights/service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';

/** Measure (called by container.ts): a knowledge gap is checked against what Ask answers now. */
export function createInsights(store: Store, clock: Clock, ask: AskModule): InsightsService {
  return new InsightsService(store, clock, async (question) => {
    const answer = await ask.knowledge.ask(question);
    return answer.answered ? (answer.sources[0]?.title ?? null) : null;
  });
}
