import type { ChangeContext } from '../identity/types.js';
import type { EnvironmentContext } from './context.js';
import { load, transition } from './transition.js';

/** What one run of the expiry job did. */
export interface ExpiryRun {
  warned: number;
  expired: number;
}

const JOB: ChangeContext = { actor: { kind: 'system', name: 'expiry-job' } };

/**
 * The daily expiry job: warns makers `warningDays` before their environment expires (once per
 * expiry date) and marks expired ones for clean-up. Idempotent: running it twice changes nothing more.
 */
export async function runExpiry(env: EnvironmentContext): Promise<ExpiryRun> {
  const now = env.clock.now();
  const horizon = new Date(now.getTime() + env.policy.expiry.warningDays * 86_400_000).toISOString();
  const due = await env.store.repos.environmentRequests.listExpiringBefore(horizon);
  const run: ExpiryRun = { warned: 0, expired: 0 };
  for (const candidate of due) {
    // One transaction per request: a failure on one leaves the others done.
    await env.store.transaction(async (tx) => {
      const request = await load(tx, candidate.id);
      if (!request.expiresAt || !['provisioned', 'expiring', 'extended'].includes(request.status)) return;
      if (request.expiresAt <= now.toISOString()) {
        await transition(tx, env, JOB, request, {
          to: 'expired',
          action: 'environment.expire',
          what: 'expired',
          note: { kind: 'expired', environment: request.displayName },
        });
        run.expired += 1;
      } else if (request.status !== 'expiring') {
        const days = Math.max(1, Math.ceil((new Date(request.expiresAt).getTime() - now.getTime()) / 86_400_000));
        await transition(tx, env, JOB, request, {
          to: 'expiring',
          changes: { expiryWarnedAt: now.toISOString() },
          action: 'environment.expiry.warn',
          what: 'flaggedExpiring',
          note: { kind: 'expiring', environment: request.displayName, days, until: request.expiresAt },
        });
        run.warned += 1;
      }
    });
  }
  return run;
}
