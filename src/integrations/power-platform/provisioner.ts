import type { ProvisionStep, ProvisionTask, Provisioner } from '../../domain/environments/provisioner.js';
import type { EnvironmentRequest } from '../../domain/environments/types.js';
import type { BapClient, BapResponse } from './bap-client.js';
import { fail, lastSegment, wait, type Checkpoint } from './checkpoint.js';
import { createBody, descriptionFor } from './create-body.js';
import { parseRetryAfter } from '../../domain/shared/retry-after.js';
import { PermanentFailure, RetryLater, withJitter } from './errors.js';
import { referenceProblem } from './reference-check.js';

/** Bounds from POWER-PLATFORM-API.md: 10 retries of a busy environment, 30 reads of a lagging URL. */
const MAX_BUSY = 10;
const MAX_TRANSIENT = 10;
const MAX_RECONCILE = 6;
const MAX_READS = 30;
const TRANSIENT = new Set([408, 425, 499, 500, 502, 503, 504]);

/** Timing of the provisioner. */
export interface PowerPlatformProvisionerOptions {
  /** Wait between polls when the API sends no Retry-After. */
  pollIntervalMs: number;
  now: () => Date;
}

/**
 * Creates environments through the BAP admin API (POWER-PLATFORM-API.md): checks reference data,
 * creates, follows the long-running operation verbatim, waits for the environment's URL, and
 * reconciles by listing whenever the outcome of a create is unknown — never a blind resend.
 */
export class PowerPlatformProvisioner implements Provisioner {
  readonly kind = 'power-platform' as const;
  readonly automatic = true;

  constructor(
    private readonly client: BapClient,
    private readonly options: PowerPlatformProvisionerOptions,
  ) {}

  async advance(task: ProvisionTask): Promise<ProvisionStep> {
    const cp: Checkpoint = (task.checkpoint as Checkpoint | null) ?? { phase: 'validate' };
    try {
      switch (cp.phase) {
        case 'validate': {
          const problem = await referenceProblem(this.client, task.request);
          return problem ? fail(problem) : await this.create(task, { phase: 'create' });
        }
        case 'create':
          return await this.create(task, cp);
        case 'operation':
          return await this.poll(task.request, cp);
        case 'environment':
          return await this.read(task.request, cp);
      }
    } catch (error) {
      if (error instanceof PermanentFailure) return fail(error.message);
      if (!(error instanceof RetryLater)) throw error;
      if (error.refused) return wait(cp, error.retryAfterMs, error.message);
      const transient = (cp.transient ?? 0) + 1;
      if (transient > MAX_TRANSIENT) return fail(`The Power Platform API kept failing (${error.message}).`);
      return wait({ ...cp, transient }, Math.min(300_000, withJitter(this.pollMs() * transient)), error.message);
    }
  }

  private pollMs(): number {
    return this.options.pollIntervalMs;
  }

  private after(res: BapResponse): number {
    return parseRetryAfter(res.headers.get('retry-after'), this.options.now()) ?? withJitter(this.pollMs());
  }

  /** An environment this request already created (found by its display name and our description). */
  private async findExisting(request: EnvironmentRequest): Promise<string | null> {
    const res = await this.client.listEnvironments();
    if (res.status !== 200) throw new RetryLater(this.pollMs(), `listing environments answered ${res.status}`);
    const value = ((res.body as { value?: unknown[] } | null)?.value ?? []) as Array<{ name?: string; properties?: { displayName?: string; description?: string; provisioningState?: string } }>;
    const match = value.find((e) => e.properties?.displayName === request.displayName && (e.properties?.description ?? '').includes(descriptionFor(request)) && e.properties?.provisioningState !== 'Failed');
    return match?.name ?? null;
  }

  private async create(task: ProvisionTask, cp: Checkpoint): Promise<ProvisionStep> {
    const { request } = task;
    const existing = await this.findExisting(request);
    if (existing) return this.read(request, { phase: 'environment', environmentId: existing });
    if (cp.createSent) {
      const tries = (cp.reconcileTries ?? 0) + 1;
      if (tries > MAX_RECONCILE) return fail(`Power Platform did not confirm the creation${cp.lastError ? ` (${cp.lastError})` : ''} and the environment is not listed. Check the Power Platform admin center before retrying.`);
      return wait({ ...cp, reconcileTries: tries }, withJitter(this.pollMs()), 'looking for the environment after an unconfirmed create');
    }
    // Persist "sent" before sending: after a crash the next run lists instead of creating twice.
    const sent: Checkpoint = { ...cp, createSent: true, reconcileTries: 0 };
    await task.save(sent);
    let res: BapResponse;
    try {
      res = await this.client.create(createBody(request));
    } catch (error) {
      if (error instanceof RetryLater && error.refused) return wait({ ...cp, createSent: false }, error.retryAfterMs, error.message);
      if (error instanceof RetryLater) return wait({ ...sent, lastError: error.message }, withJitter(this.pollMs()), error.message);
      throw error;
    }
    return this.created(request, sent, res);
  }

  private async created(request: EnvironmentRequest, sent: Checkpoint, res: BapResponse): Promise<ProvisionStep> {
    const code = res.errorCode ?? '';
    if (res.status === 202) {
      const location = res.headers.get('location') ?? res.headers.get('operation-location');
      if (location) return wait({ phase: 'operation', operationUrl: location }, this.after(res), 'creation accepted');
      return wait({ ...sent, lastError: '202 without a Location header' }, withJitter(this.pollMs()), 'no operation URL: reconciling by listing');
    }
    if (res.status === 200 || res.status === 201) {
      const id = (res.body as { name?: string } | null)?.name;
      if (id) return this.read(request, { phase: 'environment', environmentId: id });
      return wait({ ...sent, lastError: `${res.status} without an environment` }, withJitter(this.pollMs()), 'reconciling by listing');
    }
    if (res.status === 409 && code === 'InsufficientCapacity_StorageDriven')
      return fail('The tenant does not have enough Dataverse capacity (at least 1 GB is needed). Free up or add capacity, then retry.');
    if (res.status === 409 && code === 'DomainNameAlreadyInUse') return fail(`The environment address is already taken. Ask the maker for another name, then retry.`);
    if (res.status === 409) {
      // OperationNotStartable (or an empty 409): another lifecycle operation holds the tenant or name; the create was refused.
      const busy = (sent.busyRetries ?? 0) + 1;
      if (busy > MAX_BUSY) return fail(`Power Platform stayed busy with another operation (${code || '409'}) after ${MAX_BUSY} tries.`);
      return wait({ ...sent, createSent: false, busyRetries: busy }, withJitter(10_000), 'another operation is running');
    }
    if (TRANSIENT.has(res.status)) return wait({ ...sent, lastError: `${res.status}${res.errorMessage ? ` ${res.errorMessage}` : ''}` }, withJitter(this.pollMs()), 'create outcome unknown: reconciling by listing');
    return fail(`Power Platform refused to create the environment (${res.status}${code ? ` ${code}` : ''}${res.errorMessage ? `: ${res.errorMessage}` : ''}).`);
  }

  private async poll(request: EnvironmentRequest, cp: Checkpoint): Promise<ProvisionStep> {
    const res = await this.client.poll(cp.operationUrl!);
    if (res.status === 200) {
      const body = res.body as { state?: { id?: string }; links?: { environment?: { path?: string } }; stages?: Array<{ name?: string; state?: { id?: string } }> } | null;
      const state = body?.state?.id ?? 'Unknown';
      if (state === 'Succeeded') {
        const id = lastSegment(body?.links?.environment?.path);
        if (id) return this.read(request, { phase: 'environment', environmentId: id });
        return wait({ phase: 'create', createSent: true, lastError: 'operation succeeded without an environment id' }, 0, 'reconciling by listing');
      }
      if (state === 'Failed') {
        const stage = body?.stages?.find((s) => s.state?.id === 'Failed')?.name;
        return fail(`Power Platform reported that creating the environment failed${stage ? ` at the ${stage} stage` : ''}.`);
      }
      return wait({ ...cp, transient: 0 }, this.after(res), `operation ${state}`);
    }
    if (res.status === 202 || res.status === 409) return wait(cp, res.status === 409 ? withJitter(10_000) : this.after(res), `operation ${res.status === 202 ? 'running' : 'busy'}`);
    if (res.status === 404) {
      const reads = (cp.reads ?? 0) + 1;
      if (reads <= 3) return wait({ ...cp, reads }, this.after(res), 'operation not visible yet');
      return wait({ phase: 'create', createSent: true, lastError: 'operation not found' }, 0, 'operation lost: reconciling by listing');
    }
    if (TRANSIENT.has(res.status)) throw new RetryLater(this.pollMs(), `polling answered ${res.status}`);
    return fail(`Following the creation failed (${res.status}${res.errorMessage ? `: ${res.errorMessage}` : ''}).`);
  }

  private async read(request: EnvironmentRequest, cp: Checkpoint): Promise<ProvisionStep> {
    const id = cp.environmentId!;
    const res = await this.client.getEnvironment(id);
    const reads = (cp.reads ?? 0) + 1;
    if (res.status === 404) {
      if (reads <= 5) return wait({ ...cp, reads }, withJitter(this.pollMs()), 'environment not visible yet');
      return fail(`The environment ${id} was not found (it may have been deleted).`);
    }
    if (TRANSIENT.has(res.status)) throw new RetryLater(this.pollMs(), `reading the environment answered ${res.status}`);
    if (res.status !== 200) return fail(`Reading the new environment failed (${res.status}${res.errorMessage ? `: ${res.errorMessage}` : ''}).`);
    const props = ((res.body as { properties?: Record<string, unknown> } | null)?.properties ?? {}) as {
      provisioningState?: string;
      linkedEnvironmentMetadata?: { instanceUrl?: string };
      clientUris?: { maker?: string };
    };
    const instanceUrl = props.linkedEnvironmentMetadata?.instanceUrl;
    const ready = props.provisioningState === undefined || props.provisioningState === 'Succeeded';
    if (request.dataverse && (!instanceUrl || !ready)) {
      // linkedEnvironmentMetadata lags behind a finished operation (§3).
      if (reads > MAX_READS) return fail(`The environment ${id} exists but its Dataverse address did not appear in time.`);
      return wait({ ...cp, reads }, withJitter(this.pollMs()), `waiting for Dataverse (${props.provisioningState ?? 'no URL yet'})`);
    }
    const url = instanceUrl ?? props.clientUris?.maker ?? `https://make.powerapps.com/environments/${id}/home`;
    return { kind: 'succeeded', environment: { environmentId: id, environmentUrl: url } };
  }
}
