import type { Repositories } from '../store.js';
import type { ChangeContext, EnvironmentContext } from './context.js';
import { transition } from './transition.js';
import type { EnvironmentRequest } from './types.js';

/**
 * Moves an approved request into provisioning. Automatic provisioners get a background job in the
 * same transaction (never work inside the bot turn); manual ones put it on the admin card.
 */
export async function startProvisioning(tx: Repositories, env: EnvironmentContext, ctx: ChangeContext, approved: EnvironmentRequest, headline: string, action = 'environment.provision.start'): Promise<EnvironmentRequest> {
  const provisioner = env.provisioners[approved.provisioner];
  const next = await transition(tx, env, ctx, approved, {
    to: 'provisioning',
    changes: { failureReason: null },
    action,
    what: 'provisioned',
    headline: provisioner.automatic ? `${headline} Your environment is being created now; I'll tell you when it is ready.` : `${headline} The CoE team is creating your environment and will share its link here.`,
  });
  if (provisioner.automatic) {
    const now = env.clock.now();
    await tx.provisioningJobs.schedule(approved.id, now.toISOString(), new Date(now.getTime() + env.settings.provisionTimeoutMs).toISOString());
  }
  return next;
}
