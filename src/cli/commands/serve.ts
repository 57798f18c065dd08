import type { Command } from 'commander';
import { startApp } from '../../server/start.js';
import { cliConfig } from '../context.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start Maker Hub: bot endpoint, tab, tab API and health probes')
    .action(async () => {
      const { config, logger } = cliConfig();
      const app = await startApp(config, logger);
      const stop = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        app.close().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      console.error(`Maker Hub is running at ${app.url}  (bot endpoint ${app.url}/api/messages)`);
    });
}
