import { loadConfig, type AppConfig } from '../config/index.js';
import { createServices, type Services } from '../container.js';
import { createLogger, type Logger } from '../logging.js';

/** A one-line failure for the operator; the CLI prints it without a stack trace and exits non-zero. */
export class CliError extends Error {}

/** Loads config and services the way the server does, so the CLI honours DATA_DIR / DATABASE_URL. */
export async function withServices<T>(work: (services: Services) => Promise<T>, options: { migrate?: boolean; logLevel?: string } = {}): Promise<T> {
  const config = loadConfig();
  // Operators read the CLI's own output; only warnings and errors from the app go to stderr.
  const logger = createLogger(options.logLevel ?? 'warn', process.stderr as unknown as Parameters<typeof createLogger>[1]);
  const services = await createServices(config, logger, { migrate: options.migrate ?? true });
  try {
    return await work(services);
  } finally {
    await services.close();
  }
}

export function cliConfig(): { config: AppConfig; logger: Logger } {
  const config = loadConfig();
  return { config, logger: createLogger(config.logLevel) };
}

export const OPERATOR = { kind: 'operator' as const, name: `cli:${process.env.USER ?? 'operator'}` };
