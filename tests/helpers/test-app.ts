import '../../src/runtime/quiet-known-warnings.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseSettings, toAppConfig, type AppConfig, type DatabaseConfig } from '../../src/config/index.js';
import { createLogger, type Logger } from '../../src/logging.js';
import { startApp, type RunningApp } from '../../src/server/start.js';
import type { Clock } from '../../src/domain/shared/clock.js';
import type { GraphClient } from '../../src/integrations/graph/index.js';
import { migratedPglite } from './pglite-snapshot.js';

export interface TestApp {
  baseUrl: string;
  app: RunningApp;
  config: AppConfig;
  close(): Promise<void>;
}

export interface TestAppOptions {
  database?: DatabaseConfig['kind'] | DatabaseConfig;
  clock?: Clock;
  /** Where the app logs (default: pino at LOG_LEVEL to stdout); tests that read the log pass their own. */
  logger?: Logger;
  /** A Graph client beside the development identity (which refuses bot credentials): the browser suites' Graph stand-in. */
  graph?: GraphClient | null;
}

/** Settings every test app starts from: development identity on, quiet logs, SQLite in a temp dir. */
export const TEST_SETTINGS: Record<string, string> = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  AUTH_DEV_MODE: 'true',
  SEED_SAMPLE_CONTENT: 'false',
  INITIAL_ADMINS: '00000000-0000-0000-0000-00000000a001',
  DEV_USER_ID: '00000000-0000-0000-0000-00000000a001',
  DEV_TENANT_ID: '00000000-0000-0000-0000-0000000000aa',
  DEV_USER_NAME: 'Ada Admin',
  TAB_ENDPOINT: 'http://localhost:3978',
  // The picture hosts the test stories use (tests/helpers/stories.ts, the Chromium stories suite).
  TAB_IMAGE_HOSTS: 'contoso.example,images.maker-hub.test',
};

export function testConfig(overrides: Record<string, string> = {}, dataDir?: string): AppConfig {
  return toAppConfig(parseSettings({ ...TEST_SETTINGS, ...(dataDir ? { DATA_DIR: dataDir } : {}), ...overrides }));
}

/**
 * Starts the whole app (HTTP server, bot, real database) on 127.0.0.1 with a random port and a
 * fresh database: a SQLite file in a temp dir by default, or PGlite / a PostgreSQL URL.
 */
export async function startTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'maker-hub-test-'));
  const config = testConfig(overrides, dataDir);
  const db = options.database;
  if (db === 'pglite') config.database = await migratedPglite();
  else if (typeof db === 'object') config.database = db;
  const app = await startApp(config, options.logger ?? createLogger(config.logLevel), { clock: options.clock, ...(options.graph !== undefined ? { graph: options.graph } : {}) });
  return {
    baseUrl: app.url,
    app,
    config,
    async close() {
      try {
        await app.close();
      } finally {
        // Even when closing failed (a test broke the database on purpose), the data folder goes.
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
