import type { Kysely, Selectable } from 'kysely';
import type { ProvisioningJob, ProvisioningJobRepository } from '../../../domain/environments/repository.js';
import type { Database } from '../../schema.js';
import type { EnvironmentProvisioningJobsTable } from '../../schema-environments.js';

function toJob(r: Selectable<EnvironmentProvisioningJobsTable>): ProvisioningJob {
  return {
    requestId: r.request_id,
    checkpoint: r.checkpoint_json ? (JSON.parse(r.checkpoint_json) as Record<string, unknown>) : null,
    attempts: Number(r.attempts),
    nextRunAt: r.next_run_at,
    deadlineAt: r.deadline_at,
    state: r.state as ProvisioningJob['state'],
    lastError: r.last_error,
  };
}

/**
 * Provisioning jobs, claimed with a lease by compare-and-set (an UPDATE that only succeeds while
 * nobody else holds the job): the same code is safe on SQLite and on PostgreSQL with many instances.
 */
export class SqlProvisioningJobRepository implements ProvisioningJobRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async schedule(requestId: string, at: string, deadlineAt: string): Promise<void> {
    const fresh = { state: 'queued', checkpoint_json: null, attempts: 0, next_run_at: at, deadline_at: deadlineAt, lease_owner: null, lease_until: null, last_error: null, updated_at: at };
    await this.db
      .insertInto('environment_provisioning_jobs')
      .values({ request_id: requestId, ...fresh })
      .onConflict((oc) => oc.column('request_id').doUpdateSet(fresh))
      .execute();
  }

  async claimDue(now: string, owner: string, leaseMs: number, limit: number): Promise<ProvisioningJob[]> {
    const candidates = await this.db
      .selectFrom('environment_provisioning_jobs')
      .select('request_id')
      .where('state', '=', 'queued')
      .where('next_run_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_run_at')
      .limit(limit)
      .execute();
    const until = new Date(new Date(now).getTime() + leaseMs).toISOString();
    const claimed: ProvisioningJob[] = [];
    for (const { request_id } of candidates) {
      // Compare-and-set: only one worker's UPDATE finds the job still free.
      const result = await this.db
        .updateTable('environment_provisioning_jobs')
        .set({ lease_owner: owner, lease_until: until })
        .where('request_id', '=', request_id)
        .where('state', '=', 'queued')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) continue;
      const row = await this.db.selectFrom('environment_provisioning_jobs').selectAll().where('request_id', '=', request_id).executeTakeFirst();
      if (row) claimed.push(toJob(row));
    }
    return claimed;
  }

  async saveProgress(requestId: string, owner: string, checkpoint: Record<string, unknown> | null, nextRunAt: string, attempts: number, lastError: string | null): Promise<void> {
    await this.db
      .updateTable('environment_provisioning_jobs')
      .set({ checkpoint_json: checkpoint ? JSON.stringify(checkpoint) : null, next_run_at: nextRunAt, attempts, last_error: lastError, lease_owner: null, lease_until: null, updated_at: new Date().toISOString() })
      .where('request_id', '=', requestId)
      .where('lease_owner', '=', owner)
      .execute();
  }

  async saveCheckpoint(requestId: string, owner: string, checkpoint: Record<string, unknown>): Promise<void> {
    await this.db.updateTable('environment_provisioning_jobs').set({ checkpoint_json: JSON.stringify(checkpoint) }).where('request_id', '=', requestId).where('lease_owner', '=', owner).execute();
  }

  async finish(requestId: string, state: 'done' | 'failed', lastError: string | null, at: string): Promise<void> {
    await this.db.updateTable('environment_provisioning_jobs').set({ state, last_error: lastError, lease_owner: null, lease_until: null, updated_at: at }).where('request_id', '=', requestId).execute();
  }

  async find(requestId: string): Promise<ProvisioningJob | undefined> {
    const row = await this.db.selectFrom('environment_provisioning_jobs').selectAll().where('request_id', '=', requestId).executeTakeFirst();
    return row && toJob(row);
  }
}
