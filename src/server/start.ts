import type { Server } from 'restify';
import { createBot, type Bot } from '../../bot/app.js';
import { createDeliveryRuntime, lookupMode, type DeliveryRuntime } from '../../bot/delivery/runtime.js';
import type { AppConfig } from '../config/index.js';
import { createServices, type ServiceOptions, type Services } from '../container.js';
import type { Logger } from '../logging.js';
import { seedSampleContent } from '../seed/seed.js';
import { installRequestSpans } from '../telemetry/request-spans.js';
import { installDrainGate, type DrainGate } from './drain-gate.js';
import { createHttpServer } from './http-server.js';

export interface RunningApp {
  services: Services;
  bot: Bot;
  /** The delivery engine of this process (its worker runs unless DELIVERY_WORKER=off). */
  delivery: DeliveryRuntime;
  server: Server;
  /** http://host:port the server listens on (the real port when PORT was 0). */
  url: string;
  /** Set once close() began: new turns and readiness answer 503. */
  gate: DrainGate;
  /**
   * Graceful stop: take no new turns (503, readiness false), let deliveries on their way finish and
   * give their conversations back (lease released), let requests inside finish, close the database.
   */
  close(): Promise<void>;
}

/** Starts everything: database (migrated, seeded), bot, HTTP server. Used by `serve` and by tests. */
export async function startApp(config: AppConfig, logger: Logger, options: ServiceOptions = {}): Promise<RunningApp> {
  const services = await createServices(config, logger, options);
  if (config.seedSampleContent) await seedSampleContent(services);
  const bot = createBot(services);
  const delivery = createDeliveryRuntime(services, bot.adapter);
  const server = createHttpServer(services, bot);
  const gate = installDrainGate(server);
  if (config.settings.APPLICATIONINSIGHTS_CONNECTION_STRING) installRequestSpans(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const address = server.address();
  const host = config.server.host === '0.0.0.0' ? 'localhost' : config.server.host;
  const url = `http://${host}:${address.port}`;
  const deliveryLookup = lookupMode(config);
  logger.info({ url, database: services.store.handle.describe, devAuth: config.auth.devMode, deliveryLookup }, 'Maker Hub is listening');
  if (deliveryLookup === 'graph' && config.auth.clientId && config.auth.clientId !== config.bot.appId)
    logger.warn('The manifest grants its resource-specific read permissions to AAD_APP_CLIENT_ID, but the in-doubt lookup signs in as MicrosoftAppId: use one app registration for both, or grant the bot app Graph permissions (docs/delivery.md)');
  // Background provisioning and the daily expiry job run in this process (stopped by services.close()).
  services.environments.background.start(services.environments.jobsIntervalMs);
  // Retention: a minute after start-up, then daily (docs/privacy.md).
  services.retentionJob.start();
  // Proactive messages: the outbox is drained in the background of this process.
  delivery.start();
  if (!services.environments.approvalsConversationId) logger.warn('ENVIRONMENT_APPROVALS_CONVERSATION_ID is not set: environment approvals happen in the tab only');

  let closed = false;
  return {
    services,
    bot,
    delivery,
    server,
    url,
    gate,
    async close() {
      if (closed) return;
      closed = true;
      gate.drain();
      // Stop sending first: calls on their way finish and are recorded before the database closes.
      await delivery.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}
