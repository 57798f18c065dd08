import { audit } from '../audit/audit.js';
import type { EntityRef } from '../audit/types.js';
import type { Clock } from '../shared/clock.js';
import { anyOf, say } from '../shared/error-text.js';
import { ForbiddenError } from '../shared/errors.js';
import type { Store } from '../store.js';
import { hasRole, type Actor, type Role } from './types.js';

/**
 * Server-side role check for a privileged action. The app itself and operators at the CLI are
 * trusted. A refusal is audited outside any transaction, so the record survives the rollback
 * of the work it refused.
 */
export async function requireRole(store: Store, clock: Clock, actor: Actor, allowed: Role[], action: string, entity: EntityRef): Promise<void> {
  if (actor.kind !== 'user' || hasRole(actor.principal, ...allowed)) return;
  await audit(store.repos.audit, { clock }, actor, `${action}.denied`, entity, null, { required: allowed, had: actor.principal.roles });
  throw new ForbiddenError(say('errors.identity.onlyRoles', { roles: anyOf(allowed.map((r) => `errors.identity.role.${r}` as const)) }));
}
