import type { AppConfig } from './config/index.js';
import { ConversationService } from './domain/conversations/conversation-service.js';
import { IdentityService } from './domain/identity/identity-service.js';
import { systemClock, type Clock } from './domain/shared/clock.js';
import type { Logger } from './logging.js';
import { openDatabase } from './storage/dialect.js';
import { migrateToLatest } from './storage/migrate.js';
import { SqlStore } from './storage/sql-store.js';

/** Every domain service, built once from configuration: the app's one composition point. */
export interface Services {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  store: SqlStore;
  identity: IdentityService;
  conversations: ConversationService;
  close(): Promise<void>;
}

export interface ServiceOptions {
  clock?: Clock;
  /** Apply pending migrations while starting (the server does; `migrate` and tests may not want it). */
  migrate?: boolean;
}

export async function createServices(config: AppConfig, logger: Logger, options: ServiceOptions = {}): Promise<Services> {
  const clock = options.clock ?? systemClock;
  const handle = await openDatabase(config.database);
  const store = new SqlStore(handle);
  try {
    if (options.migrate ?? true) {
      const outcome = await migrateToLatest(handle.db);
      logger.info({ database: handle.describe, applied: outcome.applied, schema: outcome.current }, 'database ready');
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    config,
    clock,
    logger,
    store,
    identity: new IdentityService(store, clock, { initialAdmins: config.initialAdmins }),
    conversations: new ConversationService(store, clock),
    close: () => store.close(),
  };
}
