import type { LaneLeases } from './lane-leases.js';
import type { WorkerScope } from './scope.js';

/** How often the rate limiter forgets threads and tenants it has not seen for a while. */
const PRUNE_MS = 60_000;

/**
 * The worker's periodic chores between claims, each at its own interval: the heartbeat (which
 * splits the tenant budget between live instances), the lane repair sweep, lease renewal of the
 * lanes held, and pruning the rate limiter's memory.
 */
export class Housekeeping {
  private lastHeartbeat = 0;
  private lastRepair = 0;
  private lastPrune = 0;
  private lastRenew = 0;

  constructor(
    private readonly scope: WorkerScope,
    private readonly leases: LaneLeases,
  ) {}

  async run(): Promise<void> {
    const { options, limiter, deps } = this.scope;
    const { outbox } = deps.store.repos;
    const now = deps.clock.now();
    const t = now.getTime();
    if (t - this.lastHeartbeat >= options.heartbeatMs) {
      this.lastHeartbeat = t;
      await outbox.heartbeat(this.scope.id, now.toISOString());
      const live = Math.max(1, await outbox.liveWorkers(new Date(t - options.heartbeatMs * 3).toISOString()));
      // Instances sharing a database share each tenant's budget.
      limiter.setTenantRps(Math.max(1, Math.floor(options.tenantRps / live)));
    }
    if (t - this.lastRepair >= options.repairMs) {
      this.lastRepair = t;
      const repaired = await outbox.repairLanes(now.toISOString(), 200);
      if (repaired) deps.logger.warn({ repaired }, 'delivery lanes repaired');
    }
    if (t - this.lastRenew >= options.leaseMs / 3 && this.leases.count) {
      this.lastRenew = t;
      await this.leases.renew(t);
    }
    if (t - this.lastPrune >= PRUNE_MS) {
      this.lastPrune = t;
      limiter.prune(t);
    }
  }
}
