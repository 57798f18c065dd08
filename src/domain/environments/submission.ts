import { randomBytes } from 'node:crypto';
import { audit } from '../audit/audit.js';
import type { ChangeContext, UserChange } from '../identity/types.js';
import { newId } from '../shared/ids.js';
import { ValidationError } from '../shared/errors.js';
import type { Repositories } from '../store.js';
import { requestEntity, type EnvironmentContext } from './context.js';
import { allowedTypes, autoApproveRule } from './policy.js';
import { provisionerFor } from './provisioner.js';
import { startProvisioning } from './provisioning-start.js';
import { transition } from './transition.js';
import type { EnvironmentRequest, EnvironmentType } from './types.js';
import { checkDraft, policyChecks, type RequestDraft } from './validation.js';
import { say } from '../shared/error-text.js';

/** The request a submission made, or the one it had already made. */
export interface SubmitResult {
  request: EnvironmentRequest;
  /** False when this submission was already received (double click, retry, stale card). */
  created: boolean;
}

/** A short reference people can quote: ENV- and six unambiguous characters. */
function newReference(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `ENV-${[...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

/**
 * Submits a request. `submissionKey` identifies the form instance, so the same form sent twice is
 * one request. Invalid drafts throw a ValidationError whose `fields` say what to fix.
 */
export async function submit(env: EnvironmentContext, ctx: UserChange, draft: RequestDraft, submissionKey: string): Promise<SubmitResult> {
  const requester = ctx.actor.principal.user;
  return env.store.transaction(async (tx) => {
    const existing = await tx.environmentRequests.findBySubmission(requester.id, submissionKey);
    if (existing) return { request: existing, created: false };
    const counts = await activeCounts(tx, env, requester.id);
    const verdict = checkDraft(env.policy, draft, (t) => counts.get(t) ?? 0);
    if (!verdict.input) throw new ValidationError(say('errors.environments.checkAnswers'), verdict.texts);
    const input = verdict.input;
    const now = env.clock.now().toISOString();
    const { request, created } = await tx.environmentRequests.insertOnce({
      ...input,
      id: newId(),
      reference: newReference(),
      requesterId: requester.id,
      submissionKey,
      status: 'submitted',
      provisioner: provisionerFor(env.settings.provisioner, input.type),
      checks: policyChecks(env.policy, input, counts.get(input.type) ?? 0),
      createdAt: now,
    });
    if (!created) return { request, created };
    await tx.activity.record({ kind: 'requested-environment', entityId: request.id, userId: requester.id, at: now });
    await audit(tx.audit, { clock: env.clock, correlationId: ctx.correlationId }, ctx.actor, 'environment.submit', requestEntity(request.id), null, { status: 'submitted', ...input });
    return { request: await route(tx, env, ctx, request), created };
  });
}

/** Sends a fresh submission down its path: a policy rule approves it, or the CoE decides. */
async function route(tx: Repositories, env: EnvironmentContext, ctx: ChangeContext, request: EnvironmentRequest): Promise<EnvironmentRequest> {
  const rule = autoApproveRule(env.policy, request);
  const policy: ChangeContext = { ...ctx, actor: { kind: 'system', name: 'environment-policy' } };
  if (!rule) {
    return transition(tx, env, ctx, request, {
      to: 'pending-approval',
      action: 'environment.route.approval',
      what: 'sentForApproval',
      note: { kind: 'waitingApproval', reference: request.reference },
    });
  }
  const approved = await transition(tx, env, policy, request, {
    to: 'approved',
    changes: { approval: 'auto', decidedAt: env.clock.now().toISOString() },
    action: 'environment.approve.auto',
    what: 'approved',
    note: { kind: 'approvedByPolicy' },
    comment: `Auto-approve rule: ${rule.types.join('/')} with ${rule.classifications.join('/')} data.`,
    silent: true,
  });
  return startProvisioning(tx, env, policy, approved, { kind: 'approvedByPolicy' });
}

async function activeCounts(tx: Repositories, env: EnvironmentContext, requesterId: string): Promise<Map<EnvironmentType, number>> {
  const counts = new Map<EnvironmentType, number>();
  for (const type of allowedTypes(env.policy)) counts.set(type, await tx.environmentRequests.countActive(requesterId, type));
  return counts;
}
