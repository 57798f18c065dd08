import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const BOT_ID = '11111111-1111-1111-1111-111111111111';
const TENANT = '22222222-2222-2222-2222-222222222222';

describe('configuration: production-only settings never run with development shortcuts (defect 5)', function () {
  this.timeout(120_000);
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-mixed-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when bot credentials are set, NODE_ENV is unset and the committed env/.env.local turns the development identity on, then serve refuses to start and says why', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'a-real-looking-secret', MicrosoftAppTenantId: TENANT, PORT: '0' };
    delete env.NODE_ENV;
    delete env.MAKER_HUB_ENV;
    // Had it started, it would serve forever: the timeout turns that into a failure instead of a hang.
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { env, timeout: 60_000 }, (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr }));
    });
    assert.notEqual(run.code, 0, 'the server did not start');
    assert.match(run.stderr, /AUTH_DEV_MODE=true cannot be combined with bot credentials/);
    assert.match(run.stderr, /anonymous tab requests a coe-admin/);
  });

  it('when a bot secret is set without a bot id, then start-up is refused (it would be anonymous bot auth)', () => {
    assert.throws(() => loadConfig({ processEnv: { MicrosoftAppPassword: 'secret', AUTH_DEV_MODE: 'false' }, envDir: 'env' }), /without MicrosoftAppId: the bot endpoint would accept anonymous requests/);
  });

  it('when bot credentials come with AUTH_DEV_MODE=false and a tenant, then the configuration is accepted and serves only that tenant', () => {
    const config = loadConfig({ processEnv: { MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: TENANT, AUTH_DEV_MODE: 'false' }, envDir: 'env' });
    assert.equal(config.auth.devMode, false);
    assert.deepEqual(config.auth.tenants, { kind: 'only', tenantIds: [TENANT] });
  });
});

describe('knowledge-base ingest from the tab: real paths stay inside KB_INGEST_ROOT (defect 6)', function () {
  let t: TestApp;
  let root: string;
  let outside: string;

  before(async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'mh-ingest-'));
    root = path.join(base, 'root');
    outside = path.join(base, 'secret');
    mkdirSync(path.join(root, 'docs'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(root, 'docs', 'gateway.md'), '# Gateways\n\nUse the CoE gateway cluster for on-premises data.\n');
    writeFileSync(path.join(outside, 'passwords.md'), '# Server secrets\n\nThe database password is hunter2.\n');
    symlinkSync(outside, path.join(root, 'escape'), 'dir');
    mkdirSync(path.join(root, 'nested'));
    symlinkSync(outside, path.join(root, 'nested', 'deeper'), 'dir');
    t = await startTestApp({ KB_INGEST_ROOT: root });
  });
  after(async () => {
    await t.close();
    rmSync(path.dirname(root), { recursive: true, force: true });
  });

  const ingest = async (folder: string) => {
    const res = await fetch(`${t.baseUrl}/api/admin/kb/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ folder }) });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  for (const folder of ['escape', 'escape/', 'nested/deeper', './nested/../escape']) {
    it(`when the folder "${folder}" is a symlink out of the root, then it is refused like ".." and nothing is read`, async () => {
      const res = await ingest(folder);
      assert.equal(res.status, 400);
      assert.match(res.body.error.message, /outside the folder the CoE allows/);
      const documents = (await (await fetch(`${t.baseUrl}/api/admin/kb`)).json()) as { documents: Array<{ path: string }> };
      assert.ok(!documents.documents.some((d) => d.path.includes('passwords')));
    });
  }

  it('when the root itself is ingested, then the symlinked folders inside it are skipped and only real files are read', async () => {
    const res = await ingest('.');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.added, ['docs/gateway.md']);
  });
});
