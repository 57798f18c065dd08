import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const made: string[] = [];

function envDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mh-env-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  assert.fail('expected a ConfigError');
}

describe('configuration', () => {
  after(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  it('when nothing is set, then the documented defaults apply (port 3978, SQLite under ./data)', () => {
    const config = loadConfig({ processEnv: {}, envDir: envDir({}) });
    assert.equal(config.server.port, 3978);
    assert.deepEqual(config.database, { kind: 'sqlite', file: path.resolve('data', 'maker-hub.db') });
    assert.equal(config.env, 'development');
    assert.equal(config.auth.devMode, false);
  });

  it('when env files and environment variables both set a value, then the environment wins and .user overrides the committed file', () => {
    const dir = envDir({ '.env.local': 'PORT=4000\nLOG_LEVEL=debug\nDATA_DIR=./a', '.env.local.user': 'DATA_DIR=./b' });
    const config = loadConfig({ processEnv: { PORT: '5000' }, envDir: dir });
    assert.equal(config.server.port, 5000);
    assert.equal(config.logLevel, 'debug');
    assert.equal(config.database.kind === 'sqlite' && config.database.file, path.resolve('b', 'maker-hub.db'));
  });

  it('when DATABASE_URL is a postgres URL, then PostgreSQL is selected', () => {
    const config = loadConfig({ processEnv: { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/test' }, envDir: envDir({}) });
    assert.deepEqual(config.database, { kind: 'postgres', url: 'postgres://u:p@127.0.0.1:5432/test' });
  });

  it('when MAKER_HUB_ENV names another environment, then its files are read', () => {
    const dir = envDir({ '.env.staging': 'PORT=4100' });
    assert.equal(loadConfig({ processEnv: { MAKER_HUB_ENV: 'staging' }, envDir: dir }).server.port, 4100);
  });

  const invalid: Array<[string, Record<string, string>, RegExp]> = [
    ['PORT is not a number', { PORT: 'eighty' }, /Invalid setting PORT/],
    ['PORT is out of range', { PORT: '70000' }, /Invalid setting PORT/],
    ['DATABASE_URL is not postgres', { DATABASE_URL: 'mysql://x' }, /Invalid setting DATABASE_URL: must be a postgres/],
    ['LOG_LEVEL is unknown', { LOG_LEVEL: 'loud' }, /Invalid setting LOG_LEVEL/],
    ['AUTH_DEV_MODE is not a boolean', { AUTH_DEV_MODE: 'maybe' }, /Invalid setting AUTH_DEV_MODE: must be true or false/],
    ['INITIAL_ADMINS has a non-GUID', { INITIAL_ADMINS: 'ada@contoso.com' }, /Invalid setting INITIAL_ADMINS: must be a GUID/],
    ['a setting is mistyped in the environment', { DATABSE_URL: 'postgres://x' }, /Unknown setting DATABSE_URL in the environment \(did you mean DATABASE_URL\?\)/],
    ['a setting has the wrong case', { microsoftappid: 'x' }, /did you mean MicrosoftAppId/],
  ];
  for (const [name, env, message] of invalid) {
    it(`when ${name}, then start-up fails naming the setting`, () => {
      assert.match(problems(() => loadConfig({ processEnv: env, envDir: envDir({}) })).join('\n'), message);
    });
  }

  it('when an env file has an unknown key, then start-up fails naming the key, the file and a suggestion', () => {
    const found = problems(() => loadConfig({ processEnv: {}, envDir: envDir({ '.env.local': 'PROT=3978' }) }));
    assert.match(found[0]!, /Unknown setting PROT in .*\.env\.local \(did you mean PORT\?\)/);
  });

  it('when NODE_ENV is production without bot credentials, then start-up is refused with every missing setting named', () => {
    const found = problems(() => loadConfig({ processEnv: { NODE_ENV: 'production', AUTH_DEV_MODE: 'true' }, envDir: envDir({}) })).join('\n');
    assert.match(found, /MicrosoftAppId is required in production/);
    assert.match(found, /MicrosoftAppPassword is required/);
    assert.match(found, /MicrosoftAppTenantId is required/);
    assert.match(found, /AUTH_DEV_MODE must be false in production/);
    assert.match(found, /AAD_APP_CLIENT_ID is required/);
  });

  it('when NODE_ENV is production with a managed identity, then no secret is needed', () => {
    const config = loadConfig({
      processEnv: {
        NODE_ENV: 'production',
        MicrosoftAppId: '11111111-1111-1111-1111-111111111111',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: '22222222-2222-2222-2222-222222222222',
        AAD_APP_CLIENT_ID: '33333333-3333-3333-3333-333333333333',
      },
      envDir: envDir({}),
    });
    assert.equal(config.bot.appType, 'UserAssignedMSI');
    assert.equal(config.auth.devMode, false);
  });
});
