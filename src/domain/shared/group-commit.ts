interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /**
   * Under load, how long the first item of a group waits for others to join it (0: only items
   * queued in the same event-loop turn join).
   */
  windowMs: number;
  /** Most items written by one call. */
  maxGroup?: number;
}

/** A group written longer ago than this means the writer is idle: the next item goes at once. */
const IDLE_AFTER_MS = 100;

/**
 * Group commit: writes that arrive together share one transaction, and each caller still waits
 * for the commit that holds its item, so nothing is acknowledged before it is stored.
 *
 * When idle, an item is written at the end of the current event-loop turn (everything queued by
 * then joins it). Under load (a group was written within the last 100 ms) the first item of a group
 * waits up to `windowMs` for more, as PostgreSQL's commit_delay does; items that arrive while a
 * group is being written form the next one. When a group's write fails its items are retried one
 * by one, so one bad item fails only its own caller.
 */
export class GroupCommit<T> {
  private queue: Array<Pending<T>> = [];
  private flushing: Promise<void> | undefined;
  private scheduled = false;
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private readonly maxGroup: number;

  constructor(
    private readonly write: (items: readonly T[]) => Promise<void>,
    private readonly options: GroupCommitOptions,
  ) {
    this.maxGroup = options.maxGroup ?? 100;
  }

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once everything added so far has been written (or has failed to its caller). */
  async drain(): Promise<void> {
    while (this.flushing || this.queue.length > 0) {
      this.flushing ??= this.flush();
      await this.flushing;
    }
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    const go = () => {
      this.scheduled = false;
      this.flushing ??= this.flush();
    };
    const busy = performance.now() - this.lastWriteAt < IDLE_AFTER_MS;
    if (busy && this.options.windowMs > 0) setTimeout(go, this.options.windowMs);
    else setImmediate(go);
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const group = this.queue.splice(0, this.maxGroup);
      this.lastWriteAt = performance.now();
      await this.writeGroup(group);
    }
    this.flushing = undefined;
  }

  private async writeGroup(group: Array<Pending<T>>): Promise<void> {
    try {
      await this.write(group.map((p) => p.item));
      for (const p of group) p.resolve();
      return;
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
    }
    for (const p of group) {
      try {
        await this.write([p.item]);
        p.resolve();
      } catch (error) {
        p.reject(error);
      }
    }
  }
}
