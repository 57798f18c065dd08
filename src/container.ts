import type { AppConfig } from './config/index.js';
import { createAsk, type AskModule } from './container-ask.js';
import { createDelivery } from './container-delivery.js';
import { createEnvironments, type EnvironmentsModule } from './container-environments.js';
import { createEvents } from './container-events.js';
import { createIdentity } from './container-identity.js';
import { createInsights } from './container-insights.js';
import { createPrivacy } from './container-privacy.js';
import { createSearch, type SearchModule } from './container-search.js';
import { createStories } from './container-stories.js';
import { createTraining } from './container-training.js';
import { ConversationService } from './domain/conversations/service.js';
import type { DeliveryService } from './domain/delivery/service.js';
import type { EventService } from './domain/events/service.js';
import { HomeService } from './domain/home/service.js';
import type { IdentityService } from './domain/identity/service.js';
import { InboxService } from './domain/inbox/service.js';
import type { InsightsService } from './domain/insights/service.js';
import type { PrivacyService } from './domain/privacy/service.js';
import type { RetentionJob } from './domain/privacy/retention-job.js';
import { systemClock, type Clock } from './domain/shared/clock.js';
import type { StoryService } from './domain/stories/service.js';
import type { TrainingService } from './domain/training/service.js';
import type { Logger } from './logging.js';
import { openDatabase } from './storage/dialect.js';
import { migrateToLatest } from './storage/migrate.js';
import { SqlStore } from './storage/sql-store.js';
import { graphFromConfig, type GraphClient } from './integrations/graph/index.js';

/** Every domain service, built once from configuration: the app's one composition point. */
export interface Services {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  store: SqlStore;
  identity: IdentityService;
  conversations: ConversationService;
  /** Delivery batches and reports (the worker that sends runs in the server, see bot/delivery/runtime.ts). */
  delivery: DeliveryService;
  environments: EnvironmentsModule;
  training: TrainingService;
  events: EventService;
  stories: StoryService;
  /** Ask: knowledge base, questions, FAQ and expert tickets. */
  ask: AskModule;
  /** Measure: the coe-admin dashboard and everyone's own activity. */
  insights: InsightsService;
  /** The one search box over the knowledge base, training, events and stories. */
  search: SearchModule;
  /** Export and erasure of a person, retention (the daily job runs in the server), audit search. */
  privacy: PrivacyService;
  retentionJob: RetentionJob;
  /** Home: the person's own activity, the community's newest and their roles' waiting work. */
  home: HomeService;
  /** What happened to me: items written with each change, read and marked read by their person. */
  inbox: InboxService;
  /** Microsoft Graph as the bot (Teams meetings, group search), or null without a bot identity. */
  graph: GraphClient | null;
  close(): Promise<void>;
}

export interface ServiceOptions {
  clock?: Clock;
  /** Apply pending migrations while starting (the server does; `migrate` and tests may not want it). */
  migrate?: boolean;
  /** Another Graph client than the configuration's (browser tests: a stand-in beside the development identity). */
  graph?: GraphClient | null;
}

export async function createServices(config: AppConfig, logger: Logger, options: ServiceOptions = {}): Promise<Services> {
  const clock = options.clock ?? systemClock;
  const handle = await openDatabase(config.database, { measure: !!config.settings.APPLICATIONINSIGHTS_CONNECTION_STRING });
  const store = new SqlStore(handle, { clock });
  let environments: EnvironmentsModule;
  let ask: AskModule;
  try {
    environments = createEnvironments(config, store, clock, logger);
    ask = createAsk(config, store, clock);
    if (options.migrate ?? true) {
      const outcome = await migrateToLatest(handle.db);
      logger.info({ database: handle.describe, applied: outcome.applied, schema: outcome.current }, 'database ready');
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  const identity = createIdentity(config, store, clock);
  const { privacy, retentionJob } = createPrivacy(config, store, clock, identity, ask, logger);
  return {
    config,
    clock,
    logger,
    store,
    identity,
    privacy,
    retentionJob,
    conversations: new ConversationService(store, clock),
    delivery: createDelivery(store, clock),
    environments,
    training: createTraining(store, clock),
    events: createEvents(config, store, clock),
    stories: createStories(config, store, clock),
    ask,
    insights: createInsights(store, clock, ask),
    search: createSearch(config, store),
    home: new HomeService(store, clock),
    inbox: new InboxService(store, clock),
    graph: options.graph !== undefined ? options.graph : graphFromConfig(config),
    close: async () => {
      environments.background.stop();
      retentionJob.stop();
      await ask.questions.drain();
      await store.close();
    },
  };
}
