import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lookupMode } from '../../bot/delivery/runtime.js';
import type { DatabaseConfig } from '../../src/config/index.js';
import { DeliveryService, textNotice } from '../../src/domain/delivery/service.js';
import { DeliveryWorker } from '../../src/domain/delivery/worker/index.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { conversationInput, FakeClock, FakeLookup, FakeTransport, quietLogger, transportError, VirtualSleeper } from '../helpers/delivery-fakes.js';
import { testConfig } from '../helpers/test-app.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

const OPERATOR = { kind: 'operator' as const, name: 'test' };

/**
 * The report counts every send that may have been a second copy, not every row (defect 4): one
 * message in doubt twice (a crash, then a timed-out call) and sent unverified twice counts 2.
 */
for (const [name, open] of [
  ['SQLite', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mh-indoubt-'));
    return { config: { kind: 'sqlite', file: path.join(dir, 'maker-hub.db') } as DatabaseConfig, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }],
  ['PGlite', async () => ({ config: await migratedPglite(), cleanup: () => undefined })],
] as const) {
  describe(`delivery report: in-doubt sends counted one by one (${name})`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let clock: FakeClock;
    let cleanup: () => void;

    beforeEach(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      clock = new FakeClock();
      store = new SqlStore(await openDatabase(opened.config), { clock });
      await migrateToLatest(store.handle.db);
    });
    afterEach(async () => {
      await store.close();
      cleanup();
    });

    it('when a message is in doubt after a crash and again after a timed-out resend, and the lookup cannot tell, then the report counts two unverified resends', async () => {
      const service = new DeliveryService(store, clock);
      await store.repos.conversations.upsertInstalled(conversationInput('a:1'), clock.now().toISOString());
      await service.enqueueBatch({ id: 'b', kind: 'test', title: 'test', createdBy: null }, [textNotice({ key: 'twice', conversationId: 'a:1', text: 'hi' }), textNotice({ key: 'clean', conversationId: 'a:1', text: 'ok' })]);
      // A worker wrote the attempt ahead and died before recording its outcome.
      const t0 = clock.now();
      const until = new Date(t0.getTime() + 30_000).toISOString();
      await store.repos.outbox.claimLanes('dead', t0.toISOString(), until, 10, []);
      await store.repos.outbox.beginAttempt((await store.repos.outbox.findByKey('twice'))!.id, 'dead', 'a:1', t0.toISOString(), until, null);
      clock.advance(30_001);

      const transport = new FakeTransport(clock);
      let timeouts = 1;
      // The first resend times out (maybe delivered): in doubt once more.
      transport.script = (call) => (call.key === 'twice' && timeouts-- > 0 ? transportError(0, { code: 'Timeout', uncertain: true }) : undefined);
      const lookup = new FakeLookup();
      const worker = new DeliveryWorker({ store, transport, lookup, clock, sleeper: new VirtualSleeper(clock), logger: quietLogger, random: () => 0.5 }, { concurrency: 2, leaseMs: 30_000, retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 } });
      for (let i = 0; i < 20 && (await store.repos.outbox.findByKey('twice'))?.state !== 'sent'; i += 1) {
        await worker.runUntilIdle();
        clock.advance(2_000);
      }
      assert.equal((await store.repos.outbox.findByKey('twice'))?.state, 'sent');
      assert.equal(transport.sent().filter((c) => c.key === 'twice').length, 2, 'two calls after the crash, both unverified');
      assert.deepEqual(lookup.asked, ['twice', 'twice'], 'looked up before each resend');
      const report = await service.report(OPERATOR, 'b');
      assert.equal(report.counts.sent, 2);
      assert.equal(report.inDoubtResent, 2, 'every unverified send, not the one row');
      assert.equal(report.inDoubtFound, 0);
    });
  });
}

describe('in-doubt lookup mode (DELIVERY_LOOKUP)', () => {
  it('when the app is installed in a team or group chat, then its manifest asks for the resource-specific read permissions the Graph lookup needs there', () => {
    const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as { authorization?: { permissions?: { resourceSpecific?: Array<{ name: string; type: string }> } } };
    const granted = manifest.authorization?.permissions?.resourceSpecific ?? [];
    assert.deepEqual(granted.map((p) => `${p.type}:${p.name}`).sort(), ['Application:ChannelMessage.Read.Group', 'Application:ChatMessage.Read.Chat']);
  });

  it('when the default (auto) runs with bot credentials, then the lookup is Graph; without them (local development), none', () => {
    assert.equal(lookupMode(testConfig({})), 'none');
    assert.equal(lookupMode(testConfig({ AUTH_DEV_MODE: 'false', MicrosoftAppId: '11111111-1111-1111-1111-111111111111', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '22222222-2222-2222-2222-222222222222' })), 'graph');
    assert.equal(lookupMode(testConfig({ DELIVERY_LOOKUP: 'none', AUTH_DEV_MODE: 'false', MicrosoftAppId: '11111111-1111-1111-1111-111111111111', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: '22222222-2222-2222-2222-222222222222' })), 'none');
    assert.equal(lookupMode(testConfig({ DELIVERY_LOOKUP: 'graph' })), 'graph');
  });
});
