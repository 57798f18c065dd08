import type { ChangeContext } from '../identity/types.js';
import type { Repositories } from '../store.js';
import type { EnvironmentContext } from './context.js';
import type { EnvironmentNote } from './headlines.js';
import { transition } from './transition.js';
import type { EnvironmentRequest } from './types.js';

/**
 * Moves an approved request into provisioning. Automatic provisioners get a background job in the
 * same transaction (never work inside the bot turn); manual ones put it on the admin card.
 */
export async function startProvisioning(tx: Repositories, env: EnvironmentContext, ctx: ChangeContext, approved: EnvironmentRequest, note: EnvironmentNote, action = 'environment.provision.start'): Promise<EnvironmentRequest> {
  const provisioner = env.provisioners[approved.provisioner];
  const next = await transition(tx, env, ctx, approved, {
    to: 'provisioning',
    changes: { failureReason: null },
    action,
    what: 'provisioned',
    note: { ...note, next: provisioner.automatic ? 'creating' : 'creatingByHand' },
  });
  if (provisioner.automatic) {
    const now = env.clock.now();
    await tx.provisioningJobs.schedule(approved.id, now.toISOString(), new Date(now.getTime() + env.settings.provisionTimeoutMs).toISOString());
  }
  return next;
}
