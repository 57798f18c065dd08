import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { waitFor } from '../helpers/delivery-fakes.js';
import { TeamsStandIn } from '../helpers/teams-stand-in.js';

const MESSAGES = 400;

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
}

/**
 * App Service, Container Apps and Kubernetes stop an instance with SIGTERM. The app process (the
 * crash test's child: startApp plus the production signal handling) gets one in the middle of a
 * fan-out, with Bot Connector calls in flight.
 */
describe('graceful shutdown on SIGTERM', function () {
  this.timeout(90_000);
  let teams: TeamsStandIn;
  let dataDir: string;
  let child: ChildProcess | undefined;

  before(async () => {
    teams = await new TeamsStandIn({ tenantRps: 50 }).start();
    teams.keepActivities = false;
    // Every call takes 300 ms to answer: when the signal comes, some are always on their way.
    teams.responseDelayMs = 300;
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-shutdown-'));
  });
  after(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    teams.responseDelayMs = 0;
    await teams.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when SIGTERM arrives mid fan-out, then turns and readiness answer 503, calls in flight finish, every lane is released, the database closes and the process exits 0', async () => {
    const env = { CRASH_DATA_DIR: dataDir, CRASH_TEAMS_URL: teams.url, CRASH_BOT_IDENTITY: JSON.stringify(teams.botIdentitySettings()), CRASH_MESSAGES: String(MESSAGES), CRASH_TENANTS: '5', CRASH_FANOUT: '1', CRASH_LOG_LEVEL: 'info', CRASH_SETTINGS: JSON.stringify({ DELIVERY_LEASE_SECONDS: '60' }) };
    child = spawn(process.execPath, ['--import', 'tsx', path.join('tests', 'delivery', 'crash-child.ts')], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const log: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).on('line', (line) => {
        log.push(line);
        if (line.startsWith('{"ready"')) resolve((JSON.parse(line) as { ready: string }).ready);
      });
      child!.once('exit', (code) => reject(new Error(`exited (${code}) before it was ready`)));
    });
    await waitFor(async () => (teams.calls.length >= 20 ? true : undefined), 'the fan-out to be under way');
    assert.equal((await fetch(`${url}/readyz`)).status, 200);

    // Calls that start from now take 3 s: the stop has to wait for them, which keeps the draining
    // window open long enough to observe on a busy machine.
    teams.responseDelayMs = 3000;
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill('SIGTERM');
    const ready = await waitFor(async () => {
      const res = await fetch(`${url}/readyz`).catch(() => null);
      return res?.status === 503 ? res : undefined;
    }, 'readiness to turn false');
    assert.deepEqual(await ready.json(), { status: 'not ready', reason: 'shutting down' });
    const turn = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: teams.url, from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'a:x' }, text: 'hi' }) });
    assert.equal(turn.status, 503);
    assert.equal(turn.headers.get('retry-after'), '5');

    assert.equal(await exited(child), 0, log.slice(-5).join('\n'));
    assert.ok(log.some((l) => l.includes('shut down cleanly')));

    const db = new Database(path.join(dataDir, 'maker-hub.db'), { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      assert.equal(count("select count(*) n from outbox where state = 'sending'"), 0, 'no message left mid-send');
      assert.equal(count('select count(*) n from delivery_lanes where claimed_by is not null'), 0, 'every lane released');
      assert.equal(count('select count(*) n from delivery_workers'), 0, 'the worker signed off');
      const sent = count("select count(*) n from outbox where state = 'sent'");
      assert.ok(sent > 0 && sent < MESSAGES, `some, not all, were sent before the stop (${sent})`);
      assert.equal(sent + count("select count(*) n from outbox where state = 'queued'"), MESSAGES, 'the rest wait for the next instance');
      // Every message Teams accepted is recorded as sent (none was cut short and left to be resent blindly).
      const accepted = new Set(teams.calls.filter((c) => c.method === 'POST' && c.status < 300).map((c) => c.key));
      const states = new Map((db.prepare('select idempotency_key k, state from outbox').all() as Array<{ k: string; state: string }>).map((r) => [r.k, r.state]));
      const notSent = [...accepted].filter((key) => states.get(key!) !== 'sent');
      assert.deepEqual(notSent, [], 'accepted by Teams but not recorded as sent');
      assert.equal(accepted.size, sent);
    } finally {
      db.close();
    }
  });
});
