import type { ProvisionStep } from '../../domain/environments/provisioner.js';

/** Where a power-platform provisioning stands, stored between runs (opaque to the rest of the app). */
export interface Checkpoint {
  phase: 'validate' | 'create' | 'operation' | 'environment';
  operationUrl?: string;
  environmentId?: string;
  /** A create went out whose outcome is unknown: list before sending another (creates are not idempotent). */
  createSent?: boolean;
  reconcileTries?: number;
  /** 409 OperationNotStartable answers so far. */
  busyRetries?: number;
  /** Transient failures (5xx, no answer) so far. */
  transient?: number;
  /** Reads of the environment while its Dataverse URL lags, or 404s of a fresh operation. */
  reads?: number;
  lastError?: string;
  [key: string]: unknown;
}

/** Keep going later: store the checkpoint and look again after `retryAfterMs`. */
export function wait(checkpoint: Checkpoint, retryAfterMs: number, note: string): ProvisionStep {
  return { kind: 'waiting', checkpoint, retryAfterMs, note };
}

/** A failure to report to the maker and the admins. */
export function fail(reason: string): ProvisionStep {
  return { kind: 'failed', reason };
}

/** Last path segment: the environment id in `links.environment.path`. */
export function lastSegment(path: unknown): string {
  return typeof path === 'string' ? (path.split('?')[0]!.split('/').filter(Boolean).pop() ?? '') : '';
}
