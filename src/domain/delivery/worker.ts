import { setMaxListeners } from 'node:events';
import { audit } from '../audit/audit.js';
import type { Conversation } from '../conversations/types.js';
import type { Clock } from '../shared/clock.js';
import { newId } from '../shared/ids.js';
import type { Store } from '../store.js';
import type { DueMessage, FinalState, InDoubtOutcome, LaneClaim } from './outbox.js';
import { DeliveryRateLimiter, type WindowLimit } from './rate-limits.js';
import { decide, DEFAULT_RETRY, type RetryOptions } from './retry-policy.js';
import type { Sleeper } from './sleeper.js';
import type { OutgoingMessage, SentActivityLookup, Transport } from './transport.js';
import type { DeliveryState } from './types.js';

/** The little the worker logs; pino's logger fits. */
export interface DeliveryLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface DeliveryWorkerOptions {
  /** Unique per worker (and per process start): leases and the rate-limit memory are keyed by it. */
  id: string;
  /** Conversations worked at the same time. */
  concurrency: number;
  /** How often an idle worker looks for due work (it also wakes when messages are queued in-process). */
  pollMs: number;
  /** How long a claimed conversation (and a message being sent) stays ours without renewal. */
  leaseMs: number;
  /** A rate-limit wait longer than this gives the conversation back instead of holding a slot. */
  maxHoldMs: number;
  /** Messages read per conversation query. */
  laneBatch: number;
  /** Calls per second per tenant for all instances together (split between the live ones). */
  tenantRps: number;
  /** At most this many conversations of one tenant at once, so one tenant's fan-out cannot starve the others. */
  maxLanesPerTenant: number;
  retry: RetryOptions;
  /** An in-doubt message is looked for from this long before its last attempt (clock skew). */
  inDoubtSlackMs: number;
  heartbeatMs: number;
  /** How often lanes that lost track of waiting messages are repaired (a safety net). */
  repairMs: number;
  threadLimits?: readonly WindowLimit[];
}

export const DEFAULT_WORKER_OPTIONS: Omit<DeliveryWorkerOptions, 'id'> = {
  concurrency: 32,
  pollMs: 250,
  leaseMs: 60_000,
  maxHoldMs: 1_500,
  laneBatch: 25,
  tenantRps: 30,
  maxLanesPerTenant: 25,
  retry: DEFAULT_RETRY,
  inDoubtSlackMs: 120_000,
  heartbeatMs: 5_000,
  repairMs: 30_000,
};

export interface DeliveryWorkerDeps {
  store: Store;
  transport: Transport;
  lookup: SentActivityLookup;
  clock: Clock;
  sleeper: Sleeper;
  logger: DeliveryLogger;
  /** Jitter source (tests make it deterministic). */
  random?: () => number;
}

/** What a lane's messages share while it is worked (updated when Teams says the conversation is unreachable). */
interface LaneContext {
  conversation: Conversation | undefined;
}

type RowOutcome = { kind: 'next' } | { kind: 'blocked'; until: number } | { kind: 'lost' };

const SYSTEM = { kind: 'system' as const, name: 'delivery' };
/** How long an update waits before looking again for its target to be sent (in another conversation's lane). */
const TARGET_WAIT_MS = 1_000;

/**
 * Drains the outbox. Claims conversations ("lanes") with due messages, works each lane's messages
 * in order, and for every message: decides what needs no call (unreachable, opted out, cancelled,
 * superseded), waits for the rate limits, writes the attempt ahead (committed before the call),
 * calls Teams and records the outcome in one small commit. A message found `sending` when its
 * lane is claimed belonged to a worker that died mid-call: it is looked up before anything is resent.
 *
 * Depends only on ports: the Store, a Transport, a SentActivityLookup, a Clock and a Sleeper.
 */
export class DeliveryWorker {
  readonly id: string;
  readonly options: DeliveryWorkerOptions;
  readonly limiter: DeliveryRateLimiter;
  private running = false;
  private loopDone: Promise<void> | null = null;
  private readonly active = new Map<string, string>();
  private readonly tasks = new Set<Promise<void>>();
  private stopSignal = new AbortController();
  private wakeSignal: AbortController | null = null;
  private woken = false;
  private lastHeartbeat = 0;
  private lastRepair = 0;
  private lastPrune = 0;
  private lastRenew = 0;
  private readonly knownTenants = new Set<string>();

  constructor(
    private readonly deps: DeliveryWorkerDeps,
    options: Partial<DeliveryWorkerOptions> = {},
  ) {
    this.options = { ...DEFAULT_WORKER_OPTIONS, id: `delivery-${newId().slice(0, 13)}`, ...options };
    this.id = this.options.id;
    this.limiter = new DeliveryRateLimiter({ thread: this.options.threadLimits, tenantRps: this.options.tenantRps });
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
        const lanes = await this.claim(this.options.concurrency - this.active.size);
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
        await this.housekeeping();
        const free = this.options.concurrency - this.active.size;
        const lanes = free > 0 ? await this.claim(free) : [];
        for (const lane of lanes) void this.track(lane);
        if (lanes.length && this.active.size < this.options.concurrency) continue;
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

  private async housekeeping(): Promise<void> {
    const { outbox } = this.deps.store.repos;
    const now = this.deps.clock.now();
    const t = now.getTime();
    if (t - this.lastHeartbeat >= this.options.heartbeatMs) {
      this.lastHeartbeat = t;
      await outbox.heartbeat(this.id, now.toISOString());
      const live = Math.max(1, await outbox.liveWorkers(new Date(t - this.options.heartbeatMs * 3).toISOString()));
      // Instances sharing a database share each tenant's budget.
      this.limiter.setTenantRps(Math.max(1, Math.floor(this.options.tenantRps / live)));
    }
    if (t - this.lastRepair >= this.options.repairMs) {
      this.lastRepair = t;
      const repaired = await outbox.repairLanes(now.toISOString(), 200);
      if (repaired) this.deps.logger.warn({ repaired }, 'delivery lanes repaired');
    }
    if (t - this.lastRenew >= this.options.leaseMs / 3 && this.active.size) {
      // Lanes held through long rate-limit waits keep their lease.
      this.lastRenew = t;
      await outbox.renewLanes([...this.active.keys()], this.id, new Date(t + this.options.leaseMs).toISOString());
    }
    if (t - this.lastPrune >= 60_000) {
      this.lastPrune = t;
      this.limiter.prune(t);
    }
  }

  /** Claims due lanes, leaving out tenants that are at their share of slots or out of budget for a while. */
  private async claim(free: number): Promise<LaneClaim[]> {
    if (free <= 0) return [];
    const now = this.deps.clock.now();
    const perTenant = new Map<string, number>();
    for (const tenant of this.active.values()) perTenant.set(tenant, (perTenant.get(tenant) ?? 0) + 1);
    const exclude = new Set<string>();
    for (const [tenant, n] of perTenant) if (n >= this.options.maxLanesPerTenant) exclude.add(tenant);
    for (const tenant of this.knownTenants) if (this.limiter.tenantWaitMs(tenant, now.getTime()) > this.options.maxHoldMs) exclude.add(tenant);
    const leaseUntil = new Date(now.getTime() + this.options.leaseMs).toISOString();
    const claimed = await this.deps.store.repos.outbox.claimLanes(this.id, now.toISOString(), leaseUntil, free, [...exclude]);
    // A lane we are still working whose lease ran out is ours again: it keeps its one task.
    const lanes = claimed.filter((lane) => !this.active.has(lane.conversationId));
    for (const lane of lanes) this.active.set(lane.conversationId, lane.tenantId);
    return lanes;
  }

  private track(lane: LaneClaim): Promise<void> {
    const task = this.work(lane).finally(() => {
      this.active.delete(lane.conversationId);
      this.tasks.delete(task);
      this.wake();
    });
    this.tasks.add(task);
    return task;
  }

  /** Works one lane until it has nothing due, is held back, or the worker stops; then gives it back. */
  private async work(lane: LaneClaim): Promise<void> {
    const { store, clock, logger } = this.deps;
    const outbox = store.repos.outbox;
    this.knownTenants.add(lane.tenantId);
    let blockedUntil: number | null = null;
    let lost = false;
    try {
      const conversation = await store.repos.conversations.find(lane.conversationId);
      const ctx: LaneContext = { conversation };
      if (lane.lastHolder && lane.lastHolder !== this.id) {
        // Someone else sent here last: learn what they sent within the longest window.
        const now = clock.now().getTime();
        const times = await outbox.recentAttempts(lane.conversationId, new Date(now - 3_600_000).toISOString());
        this.limiter.seed(lane.conversationId, times.map((t) => Date.parse(t)), now);
      }
      lanes: while (this.running) {
        const due = await outbox.dueInLane(lane.conversationId, clock.now().toISOString(), this.options.laneBatch);
        for (const message of due) {
          if (!this.running) break lanes;
          const outcome = await this.deliver(ctx, message);
          if (outcome.kind === 'lost') {
            lost = true;
            break lanes;
          }
          if (outcome.kind === 'blocked') {
            blockedUntil = outcome.until;
            break lanes;
          }
        }
        if (due.length < this.options.laneBatch) break;
      }
    } catch (error) {
      logger.error({ err: error, conversation: lane.conversationId }, 'delivery lane failed; it will be retried');
      blockedUntil = clock.now().getTime() + Math.max(1_000, this.options.pollMs * 8);
    } finally {
      if (!lost) {
        await outbox
          .releaseLane(lane.conversationId, this.id, blockedUntil === null ? null : new Date(blockedUntil).toISOString())
          .catch((error: unknown) => logger.error({ err: error, conversation: lane.conversationId }, 'could not release a delivery lane; its lease will expire'));
      }
    }
  }

  /** One message, from "due" to a recorded outcome. */
  private async deliver(ctx: LaneContext, message: DueMessage): Promise<RowOutcome> {
    const { clock } = this.deps;
    const { conversation } = ctx;
    const outbox = this.deps.store.repos.outbox;
    const next: RowOutcome = { kind: 'next' };
    const finish = async (state: FinalState, reason: string, status: number | null = null): Promise<RowOutcome> => {
      await outbox.markFinal(message.id, state, reason, status, clock.now().toISOString());
      return next;
    };

    if (!conversation) return finish('failed', `Maker Hub does not know the conversation ${message.conversationId} (the app was never installed there).`);

    // 1. A message whose last attempt may have arrived: find out before sending anything again.
    let inDoubt: InDoubtOutcome | null = null;
    const uncertain = message.state === 'sending' || message.inDoubtSince !== null;
    if (uncertain && message.operation === 'send') {
      const since = new Date(Date.parse(message.attemptedAt ?? message.inDoubtSince ?? message.createdAt) - this.options.inDoubtSlackMs).toISOString();
      let found: string | null | 'unknown';
      try {
        found = await this.deps.lookup.find(conversation, message.idempotencyKey, since, outgoing(message));
      } catch (error) {
        this.deps.logger.warn({ err: error, key: message.idempotencyKey }, 'in-doubt lookup failed; treating as unknown');
        found = 'unknown';
      }
      if (found !== null && found !== 'unknown') {
        await outbox.markSent(message.id, found, clock.now().toISOString(), 'found');
        this.deps.logger.info({ key: message.idempotencyKey }, 'in-doubt message was already posted; recorded it');
        return next;
      }
      inDoubt = found === null ? 'not-found' : 'unknown';
    }

    // 2. Outcomes that need no call.
    if (!uncertain && message.batchCancelled) return finish('cancelled', 'The batch was cancelled before this message was sent.');
    if (!conversation.installed) return finish('unreachable', 'The app was removed from this conversation.');
    if (conversation.unreachableAt) return finish('unreachable', `Not attempted: ${conversation.unreachableReason ?? 'Teams refused to deliver here earlier.'} (until the conversation is active again)`);
    if (!uncertain && !message.essential && message.recipientOptedOut) return finish('skipped', 'The recipient turned off non-essential notifications.');

    let activityId: string | null = null;
    if (message.operation !== 'send') {
      const target = message.targetKey ? await outbox.findByKey(message.targetKey) : undefined;
      if (!target) return finish('failed', `There is no message with the key "${message.targetKey}" to ${message.operation}.`);
      if (target.state === 'queued' || target.state === 'sending') return { kind: 'blocked', until: clock.now().getTime() + TARGET_WAIT_MS };
      if (target.state !== 'sent' || !target.activityId) return finish(inheritedState(target.state), `The message it would ${message.operation} was never posted (${target.state}).`);
      if (!uncertain && (await outbox.hasNewerForTarget(target.idempotencyKey, message.id))) return finish('superseded', 'A newer change of the same message replaced this one before it was sent.');
      activityId = target.activityId;
    }

    // 3. Rate limits: every window of the thread and the tenant, checked right before the call.
    let permit;
    for (;;) {
      const now = clock.now().getTime();
      const answer = this.limiter.tryAcquire(conversation.id, conversation.tenantId, now);
      if ('permit' in answer) {
        permit = answer.permit;
        break;
      }
      if (answer.waitMs > this.options.maxHoldMs) return { kind: 'blocked', until: now + answer.waitMs };
      await this.deps.sleeper.sleep(answer.waitMs, this.stopSignal.signal);
      if (!this.running) return { kind: 'blocked', until: clock.now().getTime() };
    }

    // 4. Write-ahead: the attempt is committed before the call.
    const startedAt = clock.now();
    const start = await outbox.beginAttempt(message.id, this.id, conversation.id, startedAt.toISOString(), new Date(startedAt.getTime() + this.options.leaseMs).toISOString(), inDoubt);
    if (start !== 'ok') {
      permit.cancel();
      return start === 'lost-lane' ? { kind: 'lost' } : next;
    }
    const attempt = message.attempt + 1;

    // 5. The call, and its outcome in one small commit.
    try {
      let postedId = activityId ?? '';
      if (message.operation === 'send') postedId = (await this.deps.transport.send(conversation, outgoing(message))).activityId;
      else if (message.operation === 'update') await this.deps.transport.update(conversation, activityId!, outgoing(message));
      else await this.deps.transport.delete(conversation, activityId!);
      permit.complete(clock.now().getTime());
      await outbox.markSent(message.id, postedId, clock.now().toISOString());
      return next;
    } catch (error) {
      const at = clock.now();
      permit.complete(at.getTime());
      const decision = decide(error, attempt, message.operation, this.options.retry, this.deps.random);
      const iso = at.toISOString();
      switch (decision.kind) {
        case 'gone':
          await outbox.markSent(message.id, activityId ?? '', iso);
          return next;
        case 'failed':
          this.deps.logger.warn({ key: message.idempotencyKey, status: decision.status, reason: decision.reason }, 'delivery failed');
          return finish('failed', decision.reason, decision.status);
        case 'unreachable':
          await this.markUnreachable(conversation, message, decision.reason, decision.status, iso);
          // The rest of the lane is not attempted.
          ctx.conversation = { ...conversation, unreachableAt: iso, unreachableReason: decision.reason };
          return next;
        case 'retry': {
          const until = at.getTime() + decision.delayMs;
          if (decision.throttled) this.limiter.block(conversation.id, until);
          await outbox.markRetry(message.id, new Date(until).toISOString(), decision.reason, decision.status, decision.uncertain && message.operation === 'send', iso);
          this.deps.logger.debug({ key: message.idempotencyKey, attempt, delayMs: decision.delayMs, reason: decision.reason }, 'delivery will be retried');
          // The lane waits too: later messages of this conversation must not overtake this one.
          return { kind: 'blocked', until };
        }
      }
    }
  }

  private async markUnreachable(conversation: Conversation, message: DueMessage, reason: string, status: number, at: string): Promise<void> {
    await this.deps.store.transaction(async (tx) => {
      await tx.outbox.markFinal(message.id, 'unreachable', reason, status, at);
      if (await tx.outbox.markConversationUnreachable(conversation.id, reason, at))
        await audit(tx.audit, { clock: this.deps.clock }, SYSTEM, 'conversation.unreachable', { type: 'conversation', id: conversation.id }, { reachable: true }, { reachable: false, status, reason });
    });
    this.deps.logger.warn({ conversation: conversation.id, status, key: message.idempotencyKey }, 'conversation unreachable; nothing more is sent there until it is active again');
  }
}

function outgoing(message: DueMessage): OutgoingMessage {
  return { idempotencyKey: message.idempotencyKey, template: message.template, payload: message.payload, replyToActivityId: message.replyToActivityId, targetKey: message.targetKey };
}

/** An update or delete of a message that never went out ends the way that message did. */
function inheritedState(targetState: DeliveryState): FinalState {
  return targetState === 'unreachable' || targetState === 'skipped' || targetState === 'cancelled' ? targetState : 'failed';
}
