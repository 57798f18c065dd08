import type { EnvironmentRequestService } from './service.js';

/** The little the background loop logs; pino's logger fits. */
export interface BackgroundLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** How often the expiry job runs. */
const EXPIRY_EVERY_MS = 24 * 3_600_000;

/**
 * Runs the capability's background work in the server process: provisioning steps every
 * `intervalMs`, the expiry job at start-up and then daily. Each tick is independent and
 * idempotent, so a restart simply carries on.
 */
export class EnvironmentBackground {
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private busy = false;

  constructor(
    private readonly service: EnvironmentRequestService,
    private readonly logger: BackgroundLogger,
  ) {}

  start(intervalMs: number): void {
    if (this.timers.length) return;
    this.timers.push(setInterval(() => void this.tick(), intervalMs));
    this.timers.push(setInterval(() => void this.expiry(), EXPIRY_EVERY_MS));
    for (const t of this.timers) t.unref?.();
    setTimeout(() => void this.expiry(), 1_000).unref?.();
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** One provisioning pass; overlapping ticks are skipped rather than queued. */
  async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const run = await this.service.runProvisioning();
      if (run.processed) this.logger.debug(run, 'provisioning pass');
    } catch (error) {
      this.logger.error({ err: error }, 'provisioning pass failed');
    } finally {
      this.busy = false;
    }
  }

  async expiry(): Promise<void> {
    try {
      const run = await this.service.runExpiry();
      if (run.warned || run.expired) this.logger.info(run, 'environment expiry job');
    } catch (error) {
      this.logger.error({ err: error }, 'environment expiry job failed');
    }
  }
}
