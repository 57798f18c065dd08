import type { ChangeContext } from '../identity/types.js';
import { newId } from '../shared/ids.js';
import type { EnvironmentContext } from './context.js';
import { expiryFrom } from './policy.js';
import type { ProvisionStep } from './provisioner.js';
import type { ProvisioningJob } from './repository.js';
import { load, transition } from './transition.js';

const WORKER: ChangeContext = { actor: { kind: 'system', name: 'provisioning' } };
/** A provisioner that throws (a bug, an unclassified network error) is tried this often before the request fails. */
const MAX_UNEXPECTED = 6;
const LEASE_MS = 120_000;

/** What one provisioning pass did: jobs looked at, and how many reached an end. */
export interface WorkerRun {
  processed: number;
  finished: number;
}

/**
 * Background provisioning: claims due jobs, lets each provisioner take one step, stores the
 * checkpoint and when to look again. All state is in the database, so a restart (or another
 * instance) carries on where the last run stopped.
 */
export class ProvisioningWorker {
  private readonly owner = `worker-${newId().slice(0, 8)}`;

  constructor(private readonly env: EnvironmentContext) {}

  /** Runs every job that is due now; returns how many it touched. */
  async runDue(limit = 10): Promise<WorkerRun> {
    const now = this.env.clock.now();
    const jobs = await this.env.store.repos.provisioningJobs.claimDue(now.toISOString(), this.owner, LEASE_MS, limit);
    let finished = 0;
    for (const job of jobs) if (await this.step(job)) finished += 1;
    return { processed: jobs.length, finished };
  }

  private async step(job: ProvisioningJob): Promise<boolean> {
    const { env } = this;
    const request = await env.store.repos.environmentRequests.find(job.requestId);
    if (!request || request.status !== 'provisioning') {
      // Decided elsewhere meanwhile (an admin recorded it by hand, or it was cancelled).
      await env.store.transaction((tx) => tx.provisioningJobs.finish(job.requestId, 'done', 'request no longer provisioning', env.clock.now().toISOString()));
      return true;
    }
    const now = env.clock.now();
    const deadline = new Date(job.deadlineAt);
    let step: ProvisionStep;
    try {
      step = await env.provisioners[request.provisioner].advance({
        request,
        checkpoint: job.checkpoint,
        now,
        deadline,
        save: (checkpoint) => env.store.repos.provisioningJobs.saveCheckpoint(job.requestId, this.owner, checkpoint),
      });
    } catch (error) {
      const attempts = job.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      if (attempts >= MAX_UNEXPECTED) step = { kind: 'failed', reason: `Provisioning kept failing unexpectedly (${message}).` };
      else {
        const backoff = Math.min(300_000, 5_000 * 2 ** attempts);
        await env.store.repos.provisioningJobs.saveProgress(job.requestId, this.owner, job.checkpoint, new Date(now.getTime() + backoff).toISOString(), attempts, message);
        return false;
      }
    }
    if (step.kind === 'waiting' && now.getTime() >= deadline.getTime()) {
      const minutes = Math.max(1, Math.round(env.settings.provisionTimeoutMs / 60_000));
      step = { kind: 'failed', reason: `Power Platform did not finish creating the environment within the time allowed (${minutes} min; last seen: ${step.note}). Check the Power Platform admin center before retrying.` };
    }
    if (step.kind === 'waiting') {
      const next = new Date(Math.min(now.getTime() + step.retryAfterMs, deadline.getTime())).toISOString();
      await env.store.repos.provisioningJobs.saveProgress(job.requestId, this.owner, step.checkpoint, next, job.attempts, null);
      return false;
    }
    await this.finish(job.requestId, step);
    return true;
  }

  /** Records the outcome, the maker's and the admins' messages in one transaction. */
  private async finish(requestId: string, step: Exclude<ProvisionStep, { kind: 'waiting' }>): Promise<void> {
    const { env } = this;
    await env.store.transaction(async (tx) => {
      const request = await load(tx, requestId);
      const at = env.clock.now().toISOString();
      if (step.kind === 'succeeded') {
        await transition(tx, env, WORKER, request, {
          to: 'provisioned',
          changes: { environmentId: step.environment.environmentId, environmentUrl: step.environment.environmentUrl, failureReason: null, expiresAt: expiryFrom(env.clock.now(), request.durationDays) },
          action: 'environment.provisioned',
          what: 'markedProvisioned',
          note: { kind: 'ready', environment: request.displayName, url: step.environment.environmentUrl },
        });
        await tx.provisioningJobs.finish(requestId, 'done', null, at);
      } else {
        await transition(tx, env, WORKER, request, {
          to: 'failed',
          changes: { failureReason: step.reason },
          action: 'environment.provision.fail',
          what: 'markedFailed',
          note: { kind: 'failed', environment: request.displayName, reason: step.reason },
          comment: step.reason,
        });
        await tx.provisioningJobs.finish(requestId, 'failed', step.reason, at);
      }
    });
  }
}
