import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { DatabaseConfig } from '../../src/config/index.js';
import type { NewEnvironmentRequest } from '../../src/domain/environments/repository.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const AT = '2026-03-02T09:00:00.000Z';

/** The environment-request repositories, unchanged on SQLite, PGlite and a PostgreSQL server. */
export function environmentStorageSuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`environment request storage on ${name}`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let cleanup: (() => Promise<void>) | undefined;
    let requester: string;
    let exitCode: typeof process.exitCode;

    beforeEach(async () => {
      exitCode = process.exitCode;
      const opened = await open();
      cleanup = opened.cleanup;
      store = new SqlStore(await openDatabase(opened.config));
      await migrateToLatest(store.handle.db);
      requester = (await store.repos.users.upsertProfile({ tenantId: TENANT, aadObjectId: randomUUID(), displayName: 'Mia Maker' }, AT)).id;
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
      // PGlite's WebAssembly runtime sets process.exitCode when it shuts down; later suites check it.
      process.exitCode = exitCode;
    });

    const row = (over: Partial<NewEnvironmentRequest> = {}): NewEnvironmentRequest => ({
      id: randomUUID(),
      reference: `ENV-${randomUUID().slice(0, 6).toUpperCase()}`,
      requesterId: requester,
      submissionKey: randomUUID(),
      displayName: 'FIN-Invoice approvals',
      type: 'Sandbox',
      region: 'europe',
      justification: 'Automate supplier invoices.',
      dataverse: true,
      languageLcid: 1033,
      currencyCode: 'EUR',
      securityGroupId: null,
      dataClassification: 'internal',
      expectedUsers: 12,
      durationDays: 60,
      status: 'pending-approval',
      provisioner: 'manual',
      checks: [{ id: 'naming', label: 'Naming', passed: true, detail: 'ok' }],
      createdAt: AT,
      ...over,
    });

    it('when the same submission is inserted twice at once, then one request exists and both callers get it', async () => {
      const key = randomUUID();
      const results = await Promise.all([0, 1].map(() => store.transaction((tx) => tx.environmentRequests.insertOnce(row({ submissionKey: key })))));
      assert.deepEqual(results.map((r) => r.created).sort(), [false, true]);
      assert.equal(results[0]!.request.id, results[1]!.request.id);
      assert.equal((await store.repos.environmentRequests.list({ requesterId: requester })).length, 1);
      const stored = results[0]!.request;
      assert.equal(stored.requesterName, 'Mia Maker');
      assert.deepEqual(stored.checks, [{ id: 'naming', label: 'Naming', passed: true, detail: 'ok' }]);
      assert.equal(stored.dataverse, true);
      assert.equal(stored.version, 1);
    });

    it('when two writers change the same version, then only the first succeeds', async () => {
      const { request } = await store.repos.environmentRequests.insertOnce(row());
      assert.equal(await store.repos.environmentRequests.update(request.id, 1, { status: 'approved', pendingExtension: { days: 3, reason: 'x', requestedAt: AT } }, AT), true);
      assert.equal(await store.repos.environmentRequests.update(request.id, 1, { status: 'rejected' }, AT), false);
      const after = (await store.repos.environmentRequests.find(request.id))!;
      assert.equal(after.status, 'approved');
      assert.deepEqual(after.pendingExtension, { days: 3, reason: 'x', requestedAt: AT });
      assert.equal(after.version, 2);
    });

    it('when requests are counted, listed and searched, then filters, caps and the expiry horizon hold', async () => {
      await store.repos.environmentRequests.insertOnce(row({ displayName: '100%_done' }));
      await store.repos.environmentRequests.insertOnce(row({ status: 'rejected' }));
      const { request: live } = await store.repos.environmentRequests.insertOnce(row({ type: 'Developer', status: 'provisioned' }));
      await store.repos.environmentRequests.update(live.id, 1, { expiresAt: '2026-03-05T00:00:00.000Z' }, AT);
      assert.equal(await store.repos.environmentRequests.countActive(requester, 'Sandbox'), 1);
      assert.equal((await store.repos.environmentRequests.list({ search: '100%_' })).length, 1, 'LIKE wildcards in the search are literal');
      assert.equal((await store.repos.environmentRequests.list({ search: 'mia' })).length, 3, 'search covers the requester');
      assert.equal((await store.repos.environmentRequests.list({ status: ['rejected', 'provisioned'] })).length, 2);
      assert.deepEqual((await store.repos.environmentRequests.listExpiringBefore('2026-03-06T00:00:00.000Z')).map((r) => r.id), [live.id]);
      assert.equal((await store.repos.environmentRequests.listExpiringBefore('2026-03-04T00:00:00.000Z')).length, 0);
    });

    it('when two workers claim due jobs at once, then each job goes to one of them and comes back after its lease', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        const { request } = await store.repos.environmentRequests.insertOnce(row({ status: 'provisioning' }));
        await store.repos.provisioningJobs.schedule(request.id, AT, '2026-03-02T10:00:00.000Z');
        ids.push(request.id);
      }
      const [a, b] = await Promise.all(['a', 'b'].map((owner) => store.repos.provisioningJobs.claimDue(AT, owner, 60_000, 10)));
      assert.deepEqual([...a!, ...b!].map((j) => j.requestId).sort(), [...ids].sort());
      assert.equal((await store.repos.provisioningJobs.claimDue(AT, 'c', 60_000, 10)).length, 0, 'leased');
      await store.repos.provisioningJobs.saveProgress(a![0]?.requestId ?? b![0]!.requestId, a![0] ? 'a' : 'b', { phase: 'operation' }, '2026-03-02T09:00:05.000Z', 0, null);
      const later = '2026-03-02T09:01:01.000Z';
      const again = await store.repos.provisioningJobs.claimDue(later, 'c', 60_000, 10);
      assert.equal(again.length, 4, 'expired leases and the released job are due again');
      assert.deepEqual(again.find((j) => j.checkpoint)?.checkpoint, { phase: 'operation' });
      await store.repos.provisioningJobs.finish(ids[0]!, 'done', null, later);
      assert.equal((await store.repos.provisioningJobs.claimDue('2026-03-02T09:05:00.000Z', 'd', 60_000, 10)).length, 3);
      await store.repos.provisioningJobs.schedule(ids[0]!, later, '2026-03-02T11:00:00.000Z');
      assert.equal((await store.repos.provisioningJobs.find(ids[0]!))?.state, 'queued', 'a retry re-queues a finished job with a fresh checkpoint');
    });
  });
}
