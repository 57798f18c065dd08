import { setMaxListeners } from 'node:events';
import { newId } from '../../shared/ids.js';
import type { LaneClaim } from '../outbox.js';
import { DeliveryRateLimiter } from '../rate-limits.js';
import { Housekeeping } from './housekeeping.js';
import { LaneLeases } from './lane-leases.js';
import { workLane } from './lane-work.js';
import { DEFAULT_WORKER_OPTIONS, type DeliveryWorkerOptions } from './options.js';
import type { DeliveryWorkerDeps, WorkerScope } from './scope.js';

export { DEFAULT_WORKER_OPTIONS, type DeliveryWorkerOptions } from './options.js';
export type { DeliveryLogger, DeliveryWorkerDeps } from './scope.js';

/**
 * Drains the outbox. Claims conversations ("lanes") with due messages, works each lane's messages
 * in order, and for every message: decides what needs no call (unreachable, opted out, cancelled,
 * superseded), waits for the rate limits, writes the attempt ahead (committed before the call),
 * calls Teams and records the outcome in one small commit. A message found `sending` when its
 * lane is claimed belonged to a worker that died mid-call: it is looked up before anything is resent.
 *
 * This class is the lifecycle and the loop; the parts are in `./worker/`. Depends only on ports:
 * the Store, a Transport, a SentActivityLookup, a Clock and a Sleeper.
 */
export class DeliveryWorker {
  readonly id: string;
  readonly options: DeliveryWorkerOptions;
  readonly limiter: DeliveryRateLimiter;
  private running = false;
  private loopDone: Promise<void> | null = null;
  private readonly tasks = new Set<Promise<void>>();
  private stopSignal = new AbortController();
  private wakeSignal: AbortController | null = null;
  private woken = false;
  private readonly scope: WorkerScope;
  private readonly leases: LaneLeases;
  private readonly housekeeping: Housekeeping;

  constructor(
    private readonly deps: DeliveryWorkerDeps,
    options: Partial<DeliveryWorkerOptions> = {},
  ) {
    this.options = { ...DEFAULT_WORKER_OPTIONS, id: `delivery-${newId().slice(0, 13)}`, ...options };
    this.id = this.options.id;
    this.limiter = new DeliveryRateLimiter({ thread: this.options.threadLimits, tenantRps: this.options.tenantRps });
    this.scope = { id: this.id, options: this.options, deps, limiter: this.limiter, running: () => this.running, stopSignal: () => this.stopSignal.signal };
    this.leases = new LaneLeases(this.scope);
    this.housekeeping = new Housekeeping(this.scope, this.leases);
  }

  /** Starts the background loop (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopSignal = new AbortController();
    // Every slot waiting for a rate limit listens for the stop.
    setMaxListeners(this.options.concurrency + 16, this.stopSignal.signal);
    this.loopDone = this.loop();
  }

  /** Stops claiming, lets messages already on their way finish, gives the lanes back. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopSignal.abort();
    this.wake();
    await this.loopDone;
    await this.deps.store.repos.outbox.removeWorker(this.id).catch(() => undefined);
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Something was queued: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeSignal?.abort();
  }

  /**
   * Works every lane that is due now until none is (tests and one-shot tools). Lanes held back by a
   * rate limit or a retry become due later; advance the clock and call again.
   */
  async runUntilIdle(maxRounds = 10_000): Promise<number> {
    const wasRunning = this.running;
    this.running = true;
    let worked = 0;
    try {
      for (let round = 0; round < maxRounds; round += 1) {
        const lanes = await this.leases.claim(this.options.concurrency - this.leases.count);
        if (!lanes.length) break;
        await Promise.all(lanes.map((lane) => this.track(lane)));
        worked += lanes.length;
      }
    } finally {
      this.running = wasRunning;
    }
    return worked;
  }

  private async loop(): Promise<void> {
    const { logger } = this.deps;
    logger.info({ worker: this.id, concurrency: this.options.concurrency, tenantRps: this.options.tenantRps }, 'delivery worker started');
    while (this.running) {
      try {
        await this.housekeeping.run();
        const free = this.options.concurrency - this.leases.count;
        const lanes = free > 0 ? await this.leases.claim(free) : [];
        for (const lane of lanes) void this.track(lane);
        if (lanes.length && this.leases.count < this.options.concurrency) continue;
        await this.waitForWake(this.options.pollMs);
      } catch (error) {
        logger.error({ err: error, worker: this.id }, 'delivery loop failed; retrying');
        await this.deps.sleeper.sleep(this.options.pollMs * 4, this.stopSignal.signal);
      }
    }
    await Promise.allSettled([...this.tasks]);
    logger.info({ worker: this.id }, 'delivery worker stopped');
  }

  private async waitForWake(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return;
    }
    const signal = new AbortController();
    this.wakeSignal = signal;
    await this.deps.sleeper.sleep(ms, signal.signal);
    this.wakeSignal = null;
    this.woken = false;
  }

  private track(lane: LaneClaim): Promise<void> {
    const task = workLane(this.scope, this.leases, lane).finally(() => {
      this.leases.finished(lane.conversationId);
      this.tasks.delete(task);
      this.wake();
    });
    this.tasks.add(task);
    return task;
  }
}
