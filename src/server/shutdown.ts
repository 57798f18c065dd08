import type { Logger } from '../logging.js';
import type { Telemetry } from '../telemetry/azure-monitor.js';
import type { RunningApp } from './start.js';

/**
 * Hosts give a stopping process about 30 seconds after SIGTERM (App Service, Container Apps and
 * Kubernetes by default) before they kill it; a stop still running after this long exits anyway,
 * before the kill, so the log says why.
 */
const SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * On SIGTERM or SIGINT: stop gracefully (no new turns, readiness false, deliveries finished or
 * released, requests finished, database closed), flush telemetry, then exit 0; exit 1 when the stop
 * fails or outlives the host's grace period.
 */
export function stopOnSignals(app: RunningApp, logger: Logger, telemetry: Telemetry | null, exit: (code: number) => void = (code) => process.exit(code)): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'shutting down: taking no new turns, finishing deliveries and requests');
    const timer = setTimeout(() => {
      logger.error({ ms: SHUTDOWN_TIMEOUT_MS }, 'shutdown took too long; exiting');
      exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    app
      .close()
      .then(async () => {
        logger.info({ ms: Date.now() - started }, 'shut down cleanly');
        await telemetry?.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'telemetry flush failed'));
        clearTimeout(timer);
        exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
