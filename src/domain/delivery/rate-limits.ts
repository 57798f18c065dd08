/**
 * Teams' rate limits, honoured before Teams has to enforce them. Pure: it never sleeps, it answers
 * "you may send now" (a permit) or "wait N ms", and the caller decides what to do with the time.
 *
 * Each limit is a sliding window ("at most `limit` calls in any `windowMs`"), the way Teams states
 * them (msteams-docs, bots/how-to/rate-limit): per bot per thread 7/1 s, 8/2 s, 60/30 s,
 * 1800/3600 s; per app per tenant a budget of calls per second.
 *
 * A call counts from the moment it starts until it completes, and is then remembered at its
 * completion time. Teams sees a call arrive somewhere between those two instants, so remembering
 * the later one makes our count never lower than Teams' count, whatever the network latency.
 */
export interface WindowLimit {
  readonly limit: number;
  readonly windowMs: number;
}

/** Per bot per conversation thread: send, reply, update and delete all count. */
export const THREAD_LIMITS: readonly WindowLimit[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

export function tenantLimits(rps: number): WindowLimit[] {
  return [{ limit: Math.max(1, Math.floor(rps)), windowMs: 1_000 }];
}

/** When an in-flight call holds the last slot, check again this soon (it completes in milliseconds). */
const IN_FLIGHT_RECHECK_MS = 25;

/** The calls made under one key (a thread or a tenant): completion times, oldest first, plus calls in flight. */
class CallLog {
  times: number[] = [];
  inFlight = 0;
  blockedUntil = 0;

  prune(now: number, horizonMs: number): void {
    const cutoff = now - horizonMs;
    let drop = 0;
    while (drop < this.times.length && this.times[drop]! <= cutoff) drop += 1;
    if (drop) this.times.splice(0, drop);
  }

  /** How long until one more call fits every window (0 = now). */
  waitMs(limits: readonly WindowLimit[], now: number): number {
    let wait = Math.max(0, this.blockedUntil - now);
    for (const { limit, windowMs } of limits) {
      const cutoff = now - windowMs;
      // Completed calls still inside the window (times are sorted, so count from the end).
      let inside = 0;
      for (let i = this.times.length - 1; i >= 0 && this.times[i]! > cutoff; i -= 1) inside += 1;
      const used = inside + this.inFlight;
      if (used < limit) continue;
      if (this.inFlight >= limit) {
        wait = Math.max(wait, IN_FLIGHT_RECHECK_MS);
        continue;
      }
      // The window frees up when enough of its oldest calls have left it.
      const mustLeave = used - limit + 1;
      const oldestInside = this.times.length - inside;
      const leaving = this.times[oldestInside + mustLeave - 1]!;
      wait = Math.max(wait, leaving + windowMs - now);
    }
    return wait;
  }

  insert(time: number): void {
    // Completions arrive nearly in order; insert from the end.
    let i = this.times.length;
    while (i > 0 && this.times[i - 1]! > time) i -= 1;
    this.times.splice(i, 0, time);
  }

  get idle(): boolean {
    return this.times.length === 0 && this.inFlight === 0;
  }
}

/** A reserved slot: complete it when the call returns (success or failure), cancel it if the call was never made. */
export interface Permit {
  complete(at: number): void;
  cancel(): void;
}

export interface LimiterOptions {
  thread?: readonly WindowLimit[];
  /** Calls per second per tenant. */
  tenantRps: number;
}

/**
 * The limiter of one process: every thread's and every tenant's windows are checked before each
 * call. Several worker slots share one instance, so their calls add up.
 */
export class DeliveryRateLimiter {
  private readonly threads = new Map<string, CallLog>();
  private readonly tenants = new Map<string, CallLog>();
  private readonly threadLimits: readonly WindowLimit[];
  private tenant: WindowLimit[];
  private readonly horizonMs: number;

  constructor(options: LimiterOptions) {
    this.threadLimits = options.thread ?? THREAD_LIMITS;
    this.tenant = tenantLimits(options.tenantRps);
    this.horizonMs = Math.max(...this.threadLimits.map((l) => l.windowMs), 1_000);
  }

  /** Changes the per-tenant budget (e.g. shared between the live instances of the app). */
  setTenantRps(rps: number): void {
    this.tenant = tenantLimits(rps);
  }

  get tenantRps(): number {
    return this.tenant[0]!.limit;
  }

  /** How long a call to `thread` in `tenant` must wait (0 = it may go now). Does not reserve anything. */
  waitMs(thread: string, tenant: string, now: number): number {
    return Math.max(this.log(this.threads, thread, now).waitMs(this.threadLimits, now), this.log(this.tenants, tenant, now).waitMs(this.tenant, now));
  }

  /** How long any call in `tenant` must wait. */
  tenantWaitMs(tenant: string, now: number): number {
    return this.log(this.tenants, tenant, now).waitMs(this.tenant, now);
  }

  /** Reserves a slot in both windows when the call may go now; otherwise answers how long to wait. */
  tryAcquire(thread: string, tenant: string, now: number): { permit: Permit } | { waitMs: number } {
    const wait = this.waitMs(thread, tenant, now);
    if (wait > 0) return { waitMs: wait };
    const logs = [this.log(this.threads, thread, now), this.log(this.tenants, tenant, now)];
    for (const l of logs) l.inFlight += 1;
    let open = true;
    return {
      permit: {
        complete: (at: number) => {
          if (!open) return;
          open = false;
          for (const l of logs) {
            l.inFlight -= 1;
            l.insert(at);
          }
        },
        cancel: () => {
          if (!open) return;
          open = false;
          for (const l of logs) l.inFlight -= 1;
        },
      },
    };
  }

  /** Remembers calls made before this process knew the thread (another instance, or before a restart). */
  seed(thread: string, times: readonly number[], now: number): void {
    const log = this.log(this.threads, thread, now);
    for (const t of times) if (t > now - this.horizonMs) log.insert(t);
  }

  /** Teams answered 429 for this thread: nothing goes to it before `until`. */
  block(thread: string, until: number): void {
    const log = this.threads.get(thread) ?? new CallLog();
    log.blockedUntil = Math.max(log.blockedUntil, until);
    this.threads.set(thread, log);
  }

  /** Forgets threads and tenants with nothing in any window (keeps memory flat on long runs). */
  prune(now: number): void {
    for (const [map, horizon] of [
      [this.threads, this.horizonMs],
      [this.tenants, 1_000],
    ] as const) {
      for (const [key, log] of map) {
        log.prune(now, horizon);
        if (log.idle && log.blockedUntil <= now) map.delete(key);
      }
    }
  }

  /** Number of threads and tenants remembered (for tests and metrics). */
  get size(): { threads: number; tenants: number } {
    return { threads: this.threads.size, tenants: this.tenants.size };
  }

  private log(map: Map<string, CallLog>, key: string, now: number): CallLog {
    let log = map.get(key);
    if (!log) {
      log = new CallLog();
      map.set(key, log);
    } else {
      log.prune(now, map === this.threads ? this.horizonMs : 1_000);
    }
    return log;
  }
}

/**
 * The least time the windows allow for `count` calls in one thread or tenant, starting at 0 with
 * empty windows and zero latency: the bound a benchmark compares itself with.
 */
export function minimumSpanMs(count: number, limits: readonly WindowLimit[]): number {
  if (count <= 1) return 0;
  const times: number[] = [];
  let t = 0;
  for (let n = 0; n < count; n += 1) {
    for (const { limit, windowMs } of limits) {
      // The call `limit` places earlier must have left this window.
      const earlier = times[times.length - limit];
      if (earlier !== undefined) t = Math.max(t, earlier + windowMs);
    }
    times.push(t);
  }
  return times[times.length - 1]!;
}
