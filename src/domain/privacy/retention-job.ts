import type { PrivacyService } from './service.js';

interface JobLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const DAILY_MS = 24 * 3_600_000;
const SYSTEM = { actor: { kind: 'system' as const, name: 'retention' } };

/** The daily retention job, run in the server process (shortly after start-up, then every day). */
export class RetentionJob {
  private timers: Array<ReturnType<typeof setTimeout>> = [];

  constructor(
    private readonly privacy: PrivacyService,
    private readonly logger: JobLogger,
  ) {}

  start(firstRunMs = 60_000): void {
    if (this.timers.length) return;
    const every = setInterval(() => void this.run(), DAILY_MS);
    const first = setTimeout(() => void this.run(), firstRunMs);
    every.unref?.();
    first.unref?.();
    this.timers.push(every, first);
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  async run(): Promise<void> {
    try {
      const { counts } = await this.privacy.retention(SYSTEM, true);
      this.logger.info({ counts }, 'retention job');
    } catch (error) {
      this.logger.error({ err: error }, 'retention job failed');
    }
  }
}
