import type { EnvironmentRequest } from '../../src/domain/environments/types.js';
import type { TestApp } from './test-app.js';
import type { ManualClock } from './environment-requests.js';

export interface DriveStep {
  /** Time the worker ran (manual clock). */
  at: string;
  /** When the job asked to run next (null once finished). */
  nextRunAt: string | null;
}

/**
 * Runs background provisioning for one request the way the server's loop would, jumping the
 * manual clock to each next run instead of waiting. Stops when the request leaves `provisioning`.
 */
export async function driveProvisioning(t: TestApp, clock: ManualClock, requestId: string, maxSteps = 60): Promise<{ request: EnvironmentRequest; steps: DriveStep[] }> {
  const service = t.app.services.environments.service;
  const steps: DriveStep[] = [];
  for (let i = 0; i < maxSteps; i += 1) {
    const at = clock.now().toISOString();
    await service.runProvisioning();
    const request = (await service.find(requestId))!;
    const job = await t.app.services.store.repos.provisioningJobs.find(requestId);
    const pending = request.status === 'provisioning' && job?.state === 'queued';
    steps.push({ at, nextRunAt: pending ? job!.nextRunAt : null });
    if (!pending) return { request, steps };
    clock.set(job!.nextRunAt);
  }
  throw new Error(`request ${requestId} still provisioning after ${maxSteps} steps`);
}
