import type { LaneClaim } from '../outbox.js';
import type { WorkerScope } from './scope.js';

/**
 * The lanes (conversations) this worker holds: claiming them fairly between tenants, keeping
 * their leases while they are worked, and giving them back with their next due time.
 */
export class LaneLeases {
  /** Lanes being worked: conversation id → tenant id. */
  private readonly held = new Map<string, string>();
  private readonly knownTenants = new Set<string>();

  constructor(private readonly scope: WorkerScope) {}

  get count(): number {
    return this.held.size;
  }

  /** Claims due lanes, leaving out tenants that are at their share of slots or out of budget for a while. */
  async claim(free: number): Promise<LaneClaim[]> {
    if (free <= 0) return [];
    const { options, limiter, deps } = this.scope;
    const now = deps.clock.now();
    const perTenant = new Map<string, number>();
    for (const tenant of this.held.values()) perTenant.set(tenant, (perTenant.get(tenant) ?? 0) + 1);
    const exclude = new Set<string>();
    for (const [tenant, n] of perTenant) if (n >= options.maxLanesPerTenant) exclude.add(tenant);
    for (const tenant of this.knownTenants) if (limiter.tenantWaitMs(tenant, now.getTime()) > options.maxHoldMs) exclude.add(tenant);
    const leaseUntil = new Date(now.getTime() + options.leaseMs).toISOString();
    const claimed = await deps.store.repos.outbox.claimLanes(this.scope.id, now.toISOString(), leaseUntil, free, [...exclude]);
    // A lane we are still working whose lease ran out is ours again: it keeps its one task.
    const lanes = claimed.filter((lane) => !this.held.has(lane.conversationId));
    for (const lane of lanes) {
      this.held.set(lane.conversationId, lane.tenantId);
      this.knownTenants.add(lane.tenantId);
    }
    return lanes;
  }

  /** Extends the lease of every lane held, from `now` (lanes held through long rate-limit waits keep it). */
  async renew(now: number): Promise<void> {
    await this.scope.deps.store.repos.outbox.renewLanes([...this.held.keys()], this.scope.id, new Date(now + this.scope.options.leaseMs).toISOString());
  }

  /** Gives the lane back, due again at its earliest waiting message and not before `blockedUntil`. */
  async giveBack(conversationId: string, blockedUntil: number | null): Promise<void> {
    const { store, logger } = this.scope.deps;
    await store.repos.outbox
      .releaseLane(conversationId, this.scope.id, blockedUntil === null ? null : new Date(blockedUntil).toISOString())
      .catch((error: unknown) => logger.error({ err: error, conversation: conversationId }, 'could not release a delivery lane; its lease will expire'));
  }

  /** The lane's task ended (given back, or lost to another worker): its slot is free. */
  finished(conversationId: string): void {
    this.held.delete(conversationId);
  }
}
