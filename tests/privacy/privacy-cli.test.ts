import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/container.js';
import { createLogger } from '../../src/logging.js';
import { cli } from '../helpers/cli.js';
import { testConfig } from '../helpers/test-app.js';
import { createPersonFixture, MARK, PRIYA, SAM, TENANT } from './person-fixture.js';

const ENV = { NODE_ENV: 'test', SEED_SAMPLE_CONTENT: 'false', DELIVERY_WORKER: 'off', DEV_TENANT_ID: TENANT };

describe('privacy: the CLI (users export, erase, retention)', function () {
  this.timeout(60_000);
  let dataDir: string;

  before(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-privacy-cli-'));
    const services = await createServices(testConfig({ DELIVERY_WORKER: 'off' }, dataDir), createLogger('silent'));
    try {
      await createPersonFixture(services, 'cli');
    } finally {
      await services.close();
    }
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when a person is exported, then stdout is one JSON document with their words; a bad id changes nothing', async () => {
    const out = await cli(dataDir, ['users', 'export', PRIYA.oid, '--tenant', TENANT], ENV);
    assert.equal(out.code, 0, out.stderr);
    const doc = JSON.parse(out.stdout);
    assert.equal(doc.person.displayName, PRIYA.name);
    assert.ok(JSON.stringify(doc.tables.environment_requests).includes(MARK));
    const bad = await cli(dataDir, ['users', 'export', 'not-a-guid'], ENV);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /error: "not-a-guid" is not an Entra object id/);
    const unknown = await cli(dataDir, ['users', 'export', '00000000-0000-0000-0000-00000000dead', '--tenant', TENANT], ENV);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /not known/);
  });

  it('when erase is run without --yes, then nothing is erased; with --yes, the person is gone and Sam is still there', async () => {
    const refused = await cli(dataDir, ['users', 'erase', PRIYA.oid, '--tenant', TENANT], ENV);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /--yes/);
    assert.equal((await cli(dataDir, ['users', 'export', PRIYA.oid, '--tenant', TENANT], ENV)).code, 0);
    const erased = await cli(dataDir, ['users', 'erase', PRIYA.oid, '--tenant', TENANT, '--yes'], ENV);
    assert.equal(erased.code, 0, erased.stderr);
    assert.match(erased.stdout, /erased .*now "Erased person"/);
    assert.match(erased.stdout, /ask_questions\s+\d+ row/);
    assert.equal((await cli(dataDir, ['users', 'export', PRIYA.oid, '--tenant', TENANT], ENV)).code, 1);
    assert.equal((await cli(dataDir, ['users', 'export', SAM.oid, '--tenant', TENANT], ENV)).code, 0);
  });

  it('when retention is run, then the dry run reports and changes nothing; RETENTION_AUDIT_DAYS=0 keeps audit entries', async () => {
    const dry = await cli(dataDir, ['users', 'retention'], ENV);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /dry run/);
    assert.match(dry.stdout, /Question text.*older than 365 days.*: 0 to remove/);
    const kept = await cli(dataDir, ['users', 'retention', '--json'], { ...ENV, RETENTION_AUDIT_DAYS: '0' });
    assert.equal(JSON.parse(kept.stdout).cutoffs.auditDays, undefined);
  });
});
