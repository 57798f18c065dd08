import type { EnvironmentRequest, EnvironmentRequestInput, EnvironmentType, PolicyCheck, ProvisionerKind, RequestFilter, RequestStatus } from './types.js';

/** What a new row needs; everything else starts empty. */
export interface NewEnvironmentRequest extends EnvironmentRequestInput {
  id: string;
  reference: string;
  requesterId: string;
  submissionKey: string;
  status: RequestStatus;
  provisioner: ProvisionerKind;
  checks: PolicyCheck[];
  createdAt: string;
}

/** Fields a transition may change; `version` is checked and bumped by the repository. */
export type RequestChanges = Partial<
  Pick<
    EnvironmentRequest,
    | 'status'
    | 'approval'
    | 'decidedBy'
    | 'decidedAt'
    | 'decisionComment'
    | 'environmentId'
    | 'environmentUrl'
    | 'failureReason'
    | 'expiresAt'
    | 'expiryWarnedAt'
    | 'pendingExtension'
    | 'extensionsGranted'
    | 'adminCardPosted'
  >
>;

/** Stored environment requests (implemented in src/storage). */
export interface EnvironmentRequestRepository {
  /**
   * Inserts unless this requester already submitted with this key (double click, retry, stale
   * card): then returns the existing request with `created: false`. Safe under concurrency.
   */
  insertOnce(row: NewEnvironmentRequest): Promise<{ request: EnvironmentRequest; created: boolean }>;
  find(id: string): Promise<EnvironmentRequest | undefined>;
  findBySubmission(requesterId: string, submissionKey: string): Promise<EnvironmentRequest | undefined>;
  /** Applies the changes only if the row still has `version`; false when someone else got there first. */
  update(id: string, version: number, changes: RequestChanges, at: string): Promise<boolean>;
  list(filter: RequestFilter): Promise<EnvironmentRequest[]>;
  countActive(requesterId: string, type: EnvironmentType): Promise<number>;
  /** Live environments whose expiry falls before `before` (the expiry job). */
  listExpiringBefore(before: string): Promise<EnvironmentRequest[]>;
}

/** A provisioning job: the background work of creating one environment, resumable after a restart. */
export interface ProvisioningJob {
  requestId: string;
  /** The provisioner's own progress (operation URL, phase…), opaque to everyone else. */
  checkpoint: Record<string, unknown> | null;
  attempts: number;
  nextRunAt: string;
  deadlineAt: string;
  state: 'queued' | 'done' | 'failed';
  lastError: string | null;
}

/** Background provisioning jobs, one per request, leased so only one worker runs each. */
export interface ProvisioningJobRepository {
  /** Starts (or restarts, after a failure) the job of a request with a fresh checkpoint. */
  schedule(requestId: string, at: string, deadlineAt: string): Promise<void>;
  /**
   * Claims up to `limit` due jobs for `leaseMs` so that another worker or instance leaves them
   * alone; a crashed worker's lease simply runs out and the job is picked up again.
   */
  claimDue(now: string, owner: string, leaseMs: number, limit: number): Promise<ProvisioningJob[]>;
  /** Stores progress and when to look again; releases the lease. */
  saveProgress(requestId: string, owner: string, checkpoint: Record<string, unknown> | null, nextRunAt: string, attempts: number, lastError: string | null): Promise<void>;
  /** Stores progress mid-step, keeping the lease (before a call that must not be repeated blindly). */
  saveCheckpoint(requestId: string, owner: string, checkpoint: Record<string, unknown>): Promise<void>;
  finish(requestId: string, state: 'done' | 'failed', lastError: string | null, at: string): Promise<void>;
  find(requestId: string): Promise<ProvisioningJob | undefined>;
}
