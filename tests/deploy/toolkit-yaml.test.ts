import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { loadConfig } from '../../src/config/index.js';
import { actions, bicepOutputs, envFile, isSetting, isSettingOrToolkitKey, placeholders, read } from './project-files.js';

const SCHEMA_FILE = 'tests/fixtures/agents-toolkit/yaml.schema.v1.13.json';
/** Published in @microsoft/teamsfx-core@3.1.3 (tests/fixtures/agents-toolkit/README.md). */
const SCHEMA_SHA256 = '85c0b7b4d44ac1c4e93e6b323451dd9f8897b1012c6b58ede261b01066190d12';
const FILES = ['m365agents.yml', 'm365agents.local.yml'];

describe('Agents Toolkit project (m365agents.yml, m365agents.local.yml)', () => {
  it('when the vendored Toolkit schema is read, then it is byte for byte the published v1.13 schema', () => {
    assert.equal(createHash('sha256').update(read(SCHEMA_FILE)).digest('hex'), SCHEMA_SHA256);
  });

  for (const file of FILES) {
    it(`when ${file} is validated against the Toolkit's schema, then it has no errors`, () => {
      const ajv = new Ajv({ strict: false, allErrors: true });
      const validate = ajv.compile(JSON.parse(read(SCHEMA_FILE)) as object);
      const doc = YAML.parse(read(file)) as unknown;
      const ok = validate(doc);
      assert.ok(ok, `${file}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
      assert.equal((doc as { version: string }).version, 'v1.13', 'the version the schema is for');
    });

    it(`when ${file} writes to env files, then every name is a setting or a Toolkit key`, () => {
      const written = actions(file).flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {}));
      assert.ok(written.length > 0);
      assert.deepEqual(written.filter((name) => !isSettingOrToolkitKey(name)), []);
    });
  }

  it('when the schema sees a mistake, then validation fails (the check can fail)', () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(JSON.parse(read(SCHEMA_FILE)) as object);
    const doc = YAML.parse(read('m365agents.yml')) as { provision: Array<Record<string, unknown>> };
    doc.provision[0] = { uses: 'aadApp/create', with: { name: 'x', generateClientSecret: 'yes' } };
    assert.equal(validate(doc), false);
  });

  it('when provision runs for dev, then every ${{VAR}} it needs is in env/.env.dev, written by an earlier step, or a documented secret', () => {
    const env = envFile('env/.env.dev');
    const produced = new Set([...Object.keys(env), ...actions('m365agents.yml').flatMap((a) => Object.values(a.writeToEnvironmentFile ?? {})), ...bicepOutputs(read('infra/azure.bicep'))]);
    // aadApp/update generates the scope id; the password is the one secret the operator puts in env/.env.dev.user.
    const fromElsewhere = new Set(['AAD_APP_ACCESS_AS_USER_PERMISSION_ID', 'SECRET_POSTGRES_ADMIN_PASSWORD']);
    const used = [read('m365agents.yml'), read('infra/azure.parameters.json'), read('aad.manifest.json')].flatMap(placeholders);
    assert.deepEqual([...new Set(used)].filter((name) => !produced.has(name) && !fromElsewhere.has(name)), []);
    assert.match(read('docs/deploy.md'), /SECRET_POSTGRES_ADMIN_PASSWORD/);
  });

  it('when local debugging writes the app\'s own env file, then it writes settings only, which the app then loads', () => {
    const step = actions('m365agents.local.yml').find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')!;
    assert.equal(step.with!.target, './env/.env.local.user', 'the file the app reads after env/.env.local');
    const envs = step.with!.envs as Record<string, string>;
    assert.deepEqual(Object.keys(envs).filter((name) => !isSetting(name)), []);
    assert.equal(String(envs.AUTH_DEV_MODE), 'false', 'a real tenant signs people in with SSO');
  });

  it('when env/.env.dev is loaded by the app, then the Toolkit\'s own keys are accepted and its settings parse', () => {
    const config = loadConfig({ processEnv: { MAKER_HUB_ENV: 'dev' }, envDir: fileURLToPath(new URL('../../env', import.meta.url)) });
    assert.equal(config.settings.DELIVERY_LOOKUP, 'graph');
    assert.equal(config.settings.APP_NAME_SUFFIX, ' (dev)');
  });

  it('when env/.env.dev is read, then it holds no secret values', () => {
    const env = envFile('env/.env.dev');
    assert.deepEqual(Object.keys(env).filter((name) => name.startsWith('SECRET_') || /PASSWORD|SECRET|KEY$/.test(name)), []);
  });
});
