import type { Actor, ChangeContext, UserChange } from '../identity/types.js';
import * as admin from './admin-actions.js';
import type { EnvironmentContext } from './context.js';
import { runExpiry, type ExpiryRun } from './expiry.js';
import * as maker from './maker-actions.js';
import { ProvisioningWorker, type WorkerRun } from './provisioning-worker.js';
import * as queries from './queries.js';
import { submit, type SubmitResult } from './submission.js';
import type { EnvironmentRequest, RequestFilter } from './types.js';
import type { RequestDraft } from './validation.js';

/**
 * Environment requests, the capability's use cases in one place for the Teams layer, the tab API
 * and the background jobs. Each method is a small module of its own; this class only wires them.
 */
export class EnvironmentRequestService {
  readonly worker: ProvisioningWorker;

  constructor(readonly context: EnvironmentContext) {
    this.worker = new ProvisioningWorker(context);
  }

  /** The policy's choices for a request form. */
  formOptions(): queries.FormOptions {
    return queries.formOptions(this.context);
  }

  submit(ctx: UserChange, draft: RequestDraft, submissionKey: string): Promise<SubmitResult> {
    return submit(this.context, ctx, draft, submissionKey);
  }

  cancel(ctx: ChangeContext, id: string): Promise<EnvironmentRequest> {
    return maker.cancel(this.context, ctx, id);
  }

  requestExtension(ctx: ChangeContext, id: string, days: number, reason: string): Promise<EnvironmentRequest> {
    return maker.requestExtension(this.context, ctx, id, days, reason);
  }

  approve(ctx: ChangeContext, id: string, comment?: string): Promise<EnvironmentRequest> {
    return admin.approve(this.context, ctx, id, comment);
  }

  reject(ctx: ChangeContext, id: string, comment: string | undefined): Promise<EnvironmentRequest> {
    return admin.reject(this.context, ctx, id, comment);
  }

  markProvisioned(ctx: ChangeContext, id: string, environmentUrl: string, environmentId?: string | null): Promise<EnvironmentRequest> {
    return admin.markProvisioned(this.context, ctx, id, environmentUrl, environmentId);
  }

  retry(ctx: ChangeContext, id: string): Promise<EnvironmentRequest> {
    return admin.retry(this.context, ctx, id);
  }

  decideExtension(ctx: ChangeContext, id: string, grant: boolean, comment?: string): Promise<EnvironmentRequest> {
    return admin.decideExtension(this.context, ctx, id, grant, comment);
  }

  detail(ctx: ChangeContext, id: string): Promise<queries.RequestDetail> {
    return queries.detail(this.context, ctx, id);
  }

  /** The current state of a request, for refreshing a card; no ownership check (cards show what their audience may see). */
  find(id: string): Promise<EnvironmentRequest | undefined> {
    return this.context.store.repos.environmentRequests.find(id);
  }

  listMine(actor: Actor & { kind: 'user' }, limit?: number): Promise<EnvironmentRequest[]> {
    return queries.listMine(this.context, actor, limit);
  }

  listAll(actor: Actor, filter: RequestFilter): Promise<EnvironmentRequest[]> {
    return queries.listAll(this.context, actor, filter);
  }

  /** One pass of background provisioning (the background loop calls it; tests call it directly). */
  runProvisioning(): Promise<WorkerRun> {
    return this.worker.runDue();
  }

  /** The daily expiry job. */
  runExpiry(): Promise<ExpiryRun> {
    return runExpiry(this.context);
  }
}
