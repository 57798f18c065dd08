import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, cliProcess } from '../helpers/cli.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const MIA = '00000000-0000-0000-0000-00000000b002';

describe('CLI: maker-hub', function () {
  this.timeout(60_000);
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when migrate runs on a new data folder, then the SQLite file is created at the newest schema, and a second run changes nothing', async () => {
    const first = await cli(dataDir, ['migrate']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /applied: 0001-foundation/);
    assert.match(first.stdout, new RegExp(`sqlite:${path.join(dataDir, 'maker-hub.db').replace(/[/\\]/g, '.')}`));
    const second = await cli(dataDir, ['migrate']);
    assert.match(second.stdout, /database is up to date/);
  });

  it('when an operator grants, lists and revokes a role, then each step is reflected and written as one line', async () => {
    const grant = await cli(dataDir, ['roles', 'grant', MIA, 'expert', '--tenant', TENANT, '--name', 'Mia Maker']);
    assert.equal(grant.code, 0, grant.stderr);
    assert.equal(grant.stdout.trim(), `granted expert for ${MIA}`);
    const list = await cli(dataDir, ['roles', 'list', '--json']);
    assert.deepEqual(
      (JSON.parse(list.stdout) as Array<{ role: string; displayName: string }>).map((g) => [g.role, g.displayName]),
      [['expert', 'Mia Maker']],
    );
    const revoke = await cli(dataDir, ['roles', 'revoke', MIA, 'expert', '--tenant', TENANT]);
    assert.equal(revoke.stdout.trim(), `revoked expert for ${MIA}`);
  });

  const errors: Array<[string, string[], Record<string, string>, RegExp]> = [
    ['the object id is not a GUID', ['roles', 'grant', 'mia@contoso.com', 'expert'], {}, /^error: "mia@contoso.com" is not an Entra object id \(GUID\)$/],
    ['the role is unknown', ['roles', 'grant', MIA, 'wizard', '--tenant', TENANT], {}, /^error: Unknown role "wizard"/],
    ['a setting is invalid', ['migrate'], { PORT: 'eighty' }, /^error: Invalid setting PORT/],
  ];
  for (const [name, args, env, message] of errors) {
    it(`when ${name}, then it prints one "error:" line and exits non-zero`, async () => {
      const result = await cli(dataDir, args, env);
      assert.notEqual(result.code, 0);
      const lines = result.stderr.trim().split('\n');
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0]!, message);
    });
  }

  it('when the real binary meets a bad setting, then the process prints one "error:" line and exits with 1', async () => {
    const result = await cliProcess(dataDir, ['migrate'], { PORT: 'eighty' });
    assert.equal(result.code, 1);
    assert.match(result.stderr.trim(), /^error: Invalid setting PORT/);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  });
});
