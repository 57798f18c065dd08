import { RateLimitedError, type ErrorMessage } from '../../domain/shared/errors.js';

/**
 * At most `limit` calls per key in a sliding `windowMs`, in this process's memory: enough to keep
 * a route that calls another service on a person's behalf from being used as a pump (several
 * instances each allow their own share, which is still bounded).
 */
export class RateWindow {
  private readonly calls = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a call for `key`, or throws {@link RateLimitedError} when the window is full. */
  take(key: string, message: ErrorMessage): void {
    const now = this.now();
    const recent = (this.calls.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.calls.set(key, recent);
      throw new RateLimitedError(message, Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000)));
    }
    recent.push(now);
    this.calls.set(key, recent);
    // Keys of people who stopped calling are dropped now and then, so the map stays small.
    if (this.calls.size > 10_000) for (const [k, list] of this.calls) if (list.every((t) => t <= now - this.windowMs)) this.calls.delete(k);
  }
}
