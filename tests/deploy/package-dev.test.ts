import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli.js';
import { jsonEntry, readZip } from '../manifest/fixtures.js';

/** What `atk provision` writes into env/.env.dev, as placeholders. */
const PROVISIONED = {
  TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111',
  BOT_ID: '22222222-2222-4222-8222-222222222222',
  AAD_APP_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
  TAB_DOMAIN: 'makerhubabc123.azurewebsites.net',
  TAB_ENDPOINT: 'https://makerhubabc123.azurewebsites.net',
};

describe('npm run package -- --env dev', function () {
  this.timeout(60_000);
  let out: string;
  before(() => {
    out = mkdtempSync(path.join(tmpdir(), 'mh-package-dev-'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('when env/.env.dev has what provision writes, then a valid package for the Azure host is built', async () => {
    const result = await cli(out, ['package', '--env', 'dev', '--out', out], PROVISIONED);
    assert.equal(result.code, 0, result.stderr);
    const zip = path.join(out, 'appPackage.dev.zip');
    assert.equal(result.stdout.trim(), zip);
    const manifest = jsonEntry(await readZip(zip), 'manifest.json') as { id: string; name: { short: string }; bots: Array<{ botId: string }>; validDomains: string[]; webApplicationInfo: { id: string; resource: string } };
    assert.equal(manifest.id, PROVISIONED.TEAMS_APP_ID);
    assert.match(manifest.name.short, /\(dev\)$/, 'APP_NAME_SUFFIX from env/.env.dev');
    assert.equal(manifest.bots[0]!.botId, PROVISIONED.BOT_ID);
    assert.ok(manifest.validDomains.includes(PROVISIONED.TAB_DOMAIN));
    assert.deepEqual(manifest.webApplicationInfo, { id: PROVISIONED.AAD_APP_CLIENT_ID, resource: `api://${PROVISIONED.TAB_DOMAIN}/${PROVISIONED.AAD_APP_CLIENT_ID}` });
  });

  it('when provision has not run yet, then it says which values are missing instead of building a broken package', async () => {
    const result = await cli(out, ['package', '--env', 'dev', '--out', out], { TEAMS_APP_ID: '', BOT_ID: '' });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /TEAMS_APP_ID/);
  });
});
