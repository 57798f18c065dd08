import { audit } from '../audit/audit.js';
import { type ChangeContext, hasRole, type Principal } from '../identity/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { grantExtension } from './admin-actions.js';
import { requestEntity, type EnvironmentContext } from './context.js';
import { extensionVerdict } from './policy.js';
import { stateTerm } from './state-machine.js';
import { load, transition } from './transition.js';
import { LIVE_STATUSES, type EnvironmentRequest } from './types.js';
import { move, say } from '../shared/error-text.js';

const CANCELLABLE = ['submitted', 'pending-approval', 'failed'];

/** Who may see a request (the tab's detail page, the bot's cards): its requester and the coe-admins. */
export function mayViewRequest(request: EnvironmentRequest, principal: Principal): boolean {
  return principal.user.id === request.requesterId || hasRole(principal, 'coe-admin');
}

/**
 * Checks, before any transaction, that the actor may act on the request as its owner (admins may
 * too). Someone else's request is "not found" rather than "forbidden", so ids reveal nothing; the
 * attempt is still audited (outside the transaction, so the record survives the refusal).
 */
export async function assertOwner(env: EnvironmentContext, ctx: ChangeContext, id: string, action: string): Promise<void> {
  const request = await env.store.repos.environmentRequests.find(id);
  const actor = ctx.actor;
  const allowed = request && (actor.kind !== 'user' || mayViewRequest(request, actor.principal));
  if (request && allowed) return;
  if (request) await audit(env.store.repos.audit, { clock: env.clock, correlationId: ctx.correlationId }, actor, `${action}.denied`, requestEntity(id), null, { reason: 'not the requester' });
  throw new NotFoundError(say('errors.environments.notYours'));
}

/** The maker withdraws a request that is not decided yet (or whose provisioning failed). */
export async function cancel(env: EnvironmentContext, ctx: ChangeContext, id: string): Promise<EnvironmentRequest> {
  await assertOwner(env, ctx, id, 'environment.cancel');
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    if (!CANCELLABLE.includes(request.status)) throw new ConflictError(say('errors.environments.cannotMove', { what: move('cancelled'), status: stateTerm(request.status) }));
    return transition(tx, env, ctx, request, {
      to: 'cancelled',
      action: 'environment.cancel',
      what: 'cancelled',
      note: { kind: 'cancelled', reference: request.reference },
    });
  });
}

/**
 * The maker asks for more time before expiry. Within the type's maximum and covered by an
 * auto-approve rule it is granted at once; otherwise it waits for a CoE admin.
 */
export async function requestExtension(env: EnvironmentContext, ctx: ChangeContext, id: string, days: number, reason: string): Promise<EnvironmentRequest> {
  const why = reason.trim();
  if (why.length < 5 || why.length > 1000) throw new ValidationError(say('errors.environments.extensionWhy'), { reason: say('errors.environments.extensionWhyField') });
  await assertOwner(env, ctx, id, 'environment.extension.request');
  return env.store.transaction(async (tx) => {
    const request = await load(tx, id);
    if (!LIVE_STATUSES.includes(request.status)) throw new ConflictError(say('errors.environments.onlyReadyExtends', { status: stateTerm(request.status) }));
    if (request.pendingExtension) throw new ConflictError(say('errors.environments.extensionWaiting', { days: request.pendingExtension.days }));
    const verdict = extensionVerdict(env.policy, request, days);
    if (!verdict.allowed) throw new ValidationError(verdict.reason, { days: verdict.reason });
    if (verdict.autoApprove) {
      const policy: ChangeContext = { ...ctx, actor: { kind: 'system', name: 'environment-policy' } };
      return grantExtension(env, policy, tx, request, days, { kind: 'extendedByPolicy' }, why);
    }
    return transition(tx, env, ctx, request, {
      to: null,
      changes: { pendingExtension: { days, reason: why, requestedAt: env.clock.now().toISOString() } },
      action: 'environment.extension.request',
      what: 'extended',
      note: { kind: 'extensionWaiting', environment: request.displayName, days },
      comment: why,
    });
  });
}
