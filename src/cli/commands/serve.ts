import type { Command } from 'commander';
import pino from 'pino';
import { loadConfig } from '../../config/index.js';
import { createLogger, terminalDestination } from '../../logging.js';
import { stopOnSignals } from '../../server/shutdown.js';
import { startApp } from '../../server/start.js';
import { startTelemetry } from '../../telemetry/azure-monitor.js';
import { teeToOpenTelemetry } from '../../telemetry/log-bridge.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start Maker Hub: bot endpoint, tab, tab API and health probes')
    .action(async () => {
      const config = loadConfig();
      // Telemetry first, so its instrumentations see every request and query (none without a connection string).
      const telemetry = await startTelemetry(config.settings.APPLICATIONINSIGHTS_CONNECTION_STRING);
      const logger = createLogger(config.logLevel, telemetry ? teeToOpenTelemetry(pino.destination(1)) : await terminalDestination(config.env));
      const app = await startApp(config, logger);
      stopOnSignals(app, logger, telemetry);
      console.error(`Maker Hub is running at ${app.url}  (bot endpoint ${app.url}/api/messages)${telemetry ? '; telemetry to Azure Monitor' : ''}`);
    });
}
