import type { Clock } from '../shared/clock.js';

export interface RecentCacheOptions {
  /** How long an entry is trusted (ms). 0 turns the cache off. */
  ttlMs: number;
  /** Most entries kept; the least recently used one goes first. 0 turns the cache off. */
  maxEntries: number;
}

/**
 * What the per-turn bookkeeping remembers by default: a minute, for up to 10,000 people or
 * conversations (a few MB at most).
 */
export const RECENT_DEFAULTS: RecentCacheOptions = { ttlMs: 60_000, maxEntries: 10_000 };

/**
 * A small in-process map whose entries expire after a fixed time and whose size is bounded (least
 * recently used out first). It only ever saves work: a missing or expired entry means "do it
 * again", so forgetting too much is always safe. Time comes from the injected clock.
 */
export class RecentCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly clock: Clock,
    readonly options: RecentCacheOptions,
  ) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0 && this.options.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserting moves the key to the end of the Map's order: the eviction order is by last use.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    while (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt: this.clock.now().getTime() + this.options.ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every entry whose value matches (a handful of thousands at most: fine for rare events). */
  deleteWhere(match: (value: V) => boolean): void {
    for (const [key, entry] of this.entries) if (match(entry.value)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
