import type { EnvironmentRequest, EnvironmentType, ProvisionedEnvironment, ProvisionerKind } from './types.js';

/** One piece of background provisioning work, with what the provisioner stored last time. */
export interface ProvisionTask {
  request: EnvironmentRequest;
  /** Null on the first run (or after an admin's retry). */
  checkpoint: Record<string, unknown> | null;
  /**
   * Persists progress at once, before a call that must not be repeated blindly (a create is not
   * idempotent): after a crash the next run knows it may already have been sent.
   */
  save(checkpoint: Record<string, unknown>): Promise<void>;
  now: Date;
  /** Give up after this instant (the configured provisioning timeout). */
  deadline: Date;
}

/** What one run achieved; the worker persists it and schedules the next run. */
export type ProvisionStep =
  | { kind: 'waiting'; checkpoint: Record<string, unknown>; retryAfterMs: number; note: string }
  | { kind: 'succeeded'; environment: ProvisionedEnvironment }
  | { kind: 'failed'; reason: string };

/**
 * The port behind which environments get created. `manual` does nothing automatically (an admin
 * records the environment when done); `power-platform` calls the admin API. Implementations live
 * outside the domain.
 */
export interface Provisioner {
  readonly kind: ProvisionerKind;
  /** False: nothing runs in the background; an admin marks the request provisioned. */
  readonly automatic: boolean;
  /** Starts or continues provisioning; never throws for expected API outcomes (returns `failed`). */
  advance(task: ProvisionTask): Promise<ProvisionStep>;
}

/** The manual provisioner: the CoE creates the environment by hand and records its URL. */
export const manualProvisioner: Provisioner = {
  kind: 'manual',
  automatic: false,
  async advance() {
    return { kind: 'failed', reason: 'Manual requests are provisioned by a CoE admin, not in the background.' };
  },
};

/**
 * Which provisioner serves a request. Service principals cannot create Developer environments
 * (POWER-PLATFORM-API.md §2), so those always go to the CoE by hand.
 */
export function provisionerFor(configured: ProvisionerKind, type: EnvironmentType): ProvisionerKind {
  return configured === 'power-platform' && type !== 'Developer' ? 'power-platform' : 'manual';
}
