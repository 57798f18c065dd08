import { audit } from '../audit/audit.js';
import type { EntityRef } from '../audit/types.js';
import type { Clock } from '../shared/clock.js';
import { ForbiddenError } from '../shared/errors.js';
import type { Store } from '../store.js';
import { hasRole, type Actor, type Role } from './types.js';

const ROLE_LABEL: Record<Role, string> = { maker: 'a maker', champion: 'a champion', expert: 'an expert', 'coe-admin': 'a CoE admin' };

/**
 * Server-side role check for a privileged action. The app itself and operators at the CLI are
 * trusted. A refusal is audited outside any transaction, so the record survives the rollback
 * of the work it refused.
 */
export async function requireRole(store: Store, clock: Clock, actor: Actor, allowed: Role[], action: string, entity: EntityRef): Promise<void> {
  if (actor.kind !== 'user' || hasRole(actor.principal, ...allowed)) return;
  await audit(store.repos.audit, { clock }, actor, `${action}.denied`, entity, null, { required: allowed, had: actor.principal.roles });
  const names = allowed.map((r) => ROLE_LABEL[r]).join(' or ');
  throw new ForbiddenError(`Only ${names} can do that.`);
}
