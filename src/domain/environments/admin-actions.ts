import { requireRole } from '../identity/authorize.js';
import type { Actor, ChangeContext } from '../identity/types.js';
import { ConflictError, ValidationError } from '../shared/errors.js';
import { requestEntity, type EnvironmentContext } from './context.js';
import type { EnvironmentNote } from './headlines.js';
import { expiryFrom } from './policy.js';
import { startProvisioning } from './provisioning-start.js';
import { stateTerm } from './state-machine.js';
import { load, transition } from './transition.js';
import type { EnvironmentRequest } from './types.js';
import { move, say, term } from '../shared/error-text.js';

const MAX_COMMENT = 1000;

function actorName(actor: Actor): string {
  return actor.kind === 'user' ? actor.principal.user.displayName : actor.name;
}

function userId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.principal.user.id : null;
}

function comment(text: string | undefined, required: boolean): string | null {
  const value = (text ?? '').trim();
  if (required && !value) throw new ValidationError(say('errors.environments.commentRequired'), { comment: say('errors.environments.commentRequiredField') });
  if (value.length > MAX_COMMENT) throw new ValidationError(say('errors.environments.commentTooLong', { max: MAX_COMMENT }), { comment: say('errors.environments.tooLong') });
  return value || null;
}

/** A decided request says who decided and when, instead of a bare "not allowed". */
function alreadyDecided(request: EnvironmentRequest): ConflictError {
  if (request.decidedAt && (request.decidedByName || request.approval === 'auto')) {
    const who = request.approval === 'auto' ? term('errors.environments.coePolicy') : (request.decidedByName ?? '');
    const verdict = move(request.status === 'rejected' ? 'rejected' : 'approved');
    const when = request.decidedAt.slice(0, 16).replace('T', ' ');
    return new ConflictError(say('errors.environments.alreadyDecided', { verdict, who, when, status: stateTerm(request.status) }));
  }
  return new ConflictError(say('errors.environments.nothingToDecide', { status: stateTerm(request.status) }));
}

/** Approves a pending request and starts provisioning. Only coe-admins; refusals are audited. */
export async function approve(env: EnvironmentContext, ctx: ChangeContext, id: string, note?: string): Promise<EnvironmentRequest> {
  await requireRole(env.store, env.clock, ctx.actor, ['coe-admin'], 'environment.approve', requestEntity(id));
  const text = comment(note, false);
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    if (request.status !== 'pending-approval') throw alreadyDecided(request);
    const approved = await transition(tx, env, ctx, request, {
      to: 'approved',
      changes: { approval: 'admin', decidedBy: userId(ctx.actor), decidedAt: env.clock.now().toISOString(), decisionComment: text },
      action: 'environment.approve',
      what: 'approved',
      note: { kind: 'approved', name: actorName(ctx.actor) },
      comment: text,
      silent: true,
    });
    return startProvisioning(tx, env, ctx, approved, { kind: 'approved', name: actorName(ctx.actor), ...(text ? { comment: text } : {}) });
  });
}

/** Rejects a pending request with a comment the maker will read. */
export async function reject(env: EnvironmentContext, ctx: ChangeContext, id: string, note: string | undefined): Promise<EnvironmentRequest> {
  await requireRole(env.store, env.clock, ctx.actor, ['coe-admin'], 'environment.reject', requestEntity(id));
  const text = comment(note, true);
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    if (request.status !== 'pending-approval') throw alreadyDecided(request);
    return transition(tx, env, ctx, request, {
      to: 'rejected',
      changes: { approval: 'admin', decidedBy: userId(ctx.actor), decidedAt: env.clock.now().toISOString(), decisionComment: text },
      action: 'environment.reject',
      what: 'rejected',
      note: { kind: 'rejected', name: actorName(ctx.actor), comment: text ?? '' },
      comment: text,
    });
  });
}

/** Records an environment the CoE created by hand (manual provisioner, or after a failed API run). */
export async function markProvisioned(env: EnvironmentContext, ctx: ChangeContext, id: string, environmentUrl: string, environmentId?: string | null): Promise<EnvironmentRequest> {
  await requireRole(env.store, env.clock, ctx.actor, ['coe-admin'], 'environment.provisioned', requestEntity(id));
  const url = parseEnvironmentUrl(environmentUrl);
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    return transition(tx, env, ctx, request, {
      to: 'provisioned',
      changes: { environmentUrl: url, environmentId: environmentId?.trim() || null, failureReason: null, expiresAt: expiryFrom(env.clock.now(), request.durationDays) },
      action: 'environment.provisioned',
      what: 'markedProvisioned',
      note: { kind: 'ready', environment: request.displayName, url },
    });
  });
}

/** Runs a failed provisioning again from a clean start (the provisioner reconciles before creating). */
export async function retry(env: EnvironmentContext, ctx: ChangeContext, id: string): Promise<EnvironmentRequest> {
  await requireRole(env.store, env.clock, ctx.actor, ['coe-admin'], 'environment.retry', requestEntity(id));
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    if (request.status !== 'failed') throw new ConflictError(say('errors.environments.onlyFailedRetries', { status: stateTerm(request.status) }));
    return startProvisioning(tx, env, ctx, request, { kind: 'retrying', name: actorName(ctx.actor) }, 'environment.retry');
  });
}

/** Grants or refuses a pending extension. */
export async function decideExtension(env: EnvironmentContext, ctx: ChangeContext, id: string, grant: boolean, note?: string): Promise<EnvironmentRequest> {
  await requireRole(env.store, env.clock, ctx.actor, ['coe-admin'], grant ? 'environment.extension.approve' : 'environment.extension.reject', requestEntity(id));
  const text = comment(note, !grant);
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    const pending = request.pendingExtension;
    if (!pending) throw new ConflictError(say('errors.environments.noExtensionWaiting'));
    if (!grant) {
      return transition(tx, env, ctx, request, {
        to: null,
        changes: { pendingExtension: null },
        action: 'environment.extension.reject',
        what: 'changed',
        note: { kind: 'extensionDeclined', days: pending.days, name: actorName(ctx.actor), comment: text ?? '' },
        comment: text,
      });
    }
    return grantExtension(env, ctx, tx, request, pending.days, { kind: 'extendedBy', name: actorName(ctx.actor) }, text);
  });
}

/** Moves the expiry date on and clears the warning so the maker is warned again before the new date. */
export async function grantExtension(env: EnvironmentContext, ctx: ChangeContext, tx: Parameters<typeof load>[0], request: EnvironmentRequest, days: number, note: EnvironmentNote, text: string | null): Promise<EnvironmentRequest> {
  const base = Math.max(new Date(request.expiresAt ?? env.clock.now().toISOString()).getTime(), env.clock.now().getTime());
  const expiresAt = new Date(base + days * 86_400_000).toISOString();
  return transition(tx, env, ctx, request, {
    to: 'extended',
    changes: { pendingExtension: null, expiresAt, expiryWarnedAt: null, extensionsGranted: request.extensionsGranted + 1 },
    action: 'environment.extension.approve',
    what: 'extended',
    note: { ...note, days, until: expiresAt },
    comment: text,
  });
}

function parseEnvironmentUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:') return url.toString();
  } catch {
    // fall through to the message below
  }
  throw new ValidationError(say('errors.environments.environmentUrl'), { environmentUrl: say('errors.environments.environmentUrlField') });
}
