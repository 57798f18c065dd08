import type { Server } from 'restify';
import { createBot, type Bot } from '../../bot/app.js';
import type { AppConfig } from '../config/index.js';
import { createServices, type ServiceOptions, type Services } from '../container.js';
import type { Logger } from '../logging.js';
import { seedSampleContent } from '../seed/seed.js';
import { createHttpServer } from './http-server.js';

export interface RunningApp {
  services: Services;
  bot: Bot;
  server: Server;
  /** http://host:port the server listens on (the real port when PORT was 0). */
  url: string;
  close(): Promise<void>;
}

/** Starts everything: database (migrated, seeded), bot, HTTP server. Used by `serve` and by tests. */
export async function startApp(config: AppConfig, logger: Logger, options: ServiceOptions = {}): Promise<RunningApp> {
  const services = await createServices(config, logger, options);
  if (config.seedSampleContent) await seedSampleContent(services);
  const bot = createBot(services);
  const server = createHttpServer(services, bot);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, () => resolve());
  });
  const address = server.address();
  const host = config.server.host === '0.0.0.0' ? 'localhost' : config.server.host;
  const url = `http://${host}:${address.port}`;
  logger.info({ url, database: services.store.handle.describe, devAuth: config.auth.devMode }, 'Maker Hub is listening');

  let closed = false;
  return {
    services,
    bot,
    server,
    url,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}
