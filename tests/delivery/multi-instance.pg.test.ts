import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { cardNotice } from '../../src/domain/delivery/service.js';
import type { OutboundMessage } from '../../src/domain/delivery/types.js';
import { conversationInput, waitFor } from '../helpers/delivery-fakes.js';
import { freshPostgresDatabase } from '../helpers/postgres.js';
import { TeamsStandIn } from '../helpers/teams-stand-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const guid = (prefix: number, n: number) => `00000000-0000-0000-${String(prefix).padStart(4, '0')}-${String(n).padStart(12, '0')}`;

/** A second app instance in its own process, on the same PostgreSQL database. */
function startInstance(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'delivery', 'crash-child.ts')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"ready"')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${stderr}`)));
  });
}

/**
 * Two app instances — this process and a child process — share one real PostgreSQL database and
 * drain one outbox together: lanes are claimed with FOR UPDATE SKIP LOCKED, so nothing is sent
 * twice, both instances work, and the shared tenant budget and per-thread limits hold.
 */
describe('delivery: two instances on one PostgreSQL', function () {
  this.timeout(120_000);
  let db: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let teams: TeamsStandIn;
  let t: TestApp;
  let other: ChildProcess | undefined;
  let dataDir: string;

  before(async () => {
    db = await freshPostgresDatabase();
    teams = await new TeamsStandIn({ tenantRps: 50 }).start();
    teams.keepActivities = false;
    teams.responseDelayMs = 5;
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-pg-multi-'));
    const settings = { DELIVERY_POLL_MS: '25', DELIVERY_CONCURRENCY: '32' };
    t = await startTestApp(settings, { database: { kind: 'postgres', url: db.url } });
    other = await startInstance({ CRASH_DATA_DIR: dataDir, CRASH_TEAMS_URL: teams.url, CRASH_BOT_IDENTITY: JSON.stringify(teams.botIdentitySettings()), CRASH_SETTINGS: JSON.stringify({ ...settings, DATABASE_URL: db.url, DELIVERY_TENANT_RPS: '30', DELIVERY_LEASE_SECONDS: '30' }) });
  });
  after(async () => {
    if (other && other.exitCode === null) {
      const exited = new Promise((resolve) => other!.once('exit', resolve));
      other.kill('SIGTERM');
      await exited;
    }
    await t?.close();
    await teams?.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when both instances drain one outbox, then every message is sent exactly once, by both, within the limits', async () => {
    const repos = t.app.services.store.repos;
    const at = new Date().toISOString();
    const messages: OutboundMessage[] = [];
    for (let c = 0; c < 200; c += 1) {
      const id = c % 10 === 0 ? `19:multi-channel-${c}@thread.tacv2` : `a:multi-${c}`;
      await repos.conversations.upsertInstalled(conversationInput(id, { tenantId: guid(1, (c % 3) + 1), serviceUrl: teams.url, userAad: guid(2, c), ...(id.startsWith('19:') ? { scope: 'channel' as const } : {}) }), at);
      // Channels get a burst (their thread limits bind), chats a few messages.
      const count = id.startsWith('19:') ? 12 : 3;
      for (let m = 0; m < count; m += 1) messages.push(cardNotice({ key: `multi:${c}:${m}`, conversationId: id, card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `${m}` }] } }));
    }
    // Wait until both instances have announced themselves, so each uses its share of the tenant budget.
    await waitFor(async () => (await repos.outbox.liveWorkers(new Date(Date.now() - 15_000).toISOString())) >= 2, 'both workers to be live');
    await t.app.services.delivery.enqueueBatch({ id: 'multi', kind: 'test', title: 'Two instances', createdBy: null }, messages);

    const report = await waitFor(async () => {
      const r = await t.app.services.delivery.report({ kind: 'operator', name: 'test' }, 'multi');
      return r.finished ? r : undefined;
    }, 'the batch to be drained', 100_000, 200);
    assert.equal(report.counts.sent, messages.length);

    const posted = teams.postedKeys();
    assert.deepEqual([...posted].filter(([, n]) => n > 1), [], 'nothing sent twice');
    assert.equal(posted.size, messages.length);
    const holders = await t.app.services.store.handle.db.selectFrom('delivery_lanes').select('last_holder').distinct().execute();
    assert.ok(holders.length >= 2, `both instances worked lanes (holders: ${holders.map((h) => h.last_holder).join(', ')})`);
    assert.deepEqual(teams.violations, [], 'no thread or tenant over its limit');
  });
});
