import { DEFAULT_RETRY, type RetryOptions } from '../retry-policy.js';
import type { WindowLimit } from '../rate-limits.js';

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
