import type { Conversation } from '../../conversations/types.js';
import type { Clock } from '../../shared/clock.js';
import type { Store } from '../../store.js';
import type { DeliveryRateLimiter } from '../rate-limits.js';
import type { Sleeper } from '../sleeper.js';
import type { SentActivityLookup, Transport } from '../transport.js';
import type { DeliveryWorkerOptions } from './options.js';

/** The little the worker logs; pino's logger fits. */
export interface DeliveryLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

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

/**
 * What every part of one worker shares. `running` and `stopSignal` are read at each use, because
 * start, stop and `runUntilIdle` change them while lanes are being worked.
 */
export interface WorkerScope {
  readonly id: string;
  readonly options: DeliveryWorkerOptions;
  readonly deps: DeliveryWorkerDeps;
  readonly limiter: DeliveryRateLimiter;
  running(): boolean;
  /** Aborts when the worker stops, so a rate-limit wait ends at once. */
  stopSignal(): AbortSignal;
}

/** What a lane's messages share while it is worked (updated when Teams says the conversation is unreachable). */
export interface LaneContext {
  conversation: Conversation | undefined;
}

/** After one message: go on with the lane, hold the lane back until `until`, or stop (another worker owns it now). */
export type RowOutcome = { kind: 'next' } | { kind: 'blocked'; until: number } | { kind: 'lost' };
