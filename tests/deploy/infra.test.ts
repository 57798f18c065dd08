import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { parseSettings } from '../../src/config/load.js';
import { SETTINGS, type SettingName } from '../../src/config/settings.js';
import { appSettings, bicepModules, bicepOutputs, bicepParams, isSetting, isSettingOrToolkitKey, placeholders, read } from './project-files.js';

const MAIN = read('infra/azure.bicep');
const APP = read('infra/modules/app-service.bicep');
/** App Service's own settings (the build on deploy, health check tuning): not Maker Hub's. */
const PLATFORM = /^(SCM_|WEBSITES?_|CUSTOM_BUILD_COMMAND$)/;

/** Values a setting's schema accepts, tried in order, for settings whose Bicep value is an expression. */
const CANDIDATES = ['00000000-0000-0000-0000-0000000000aa', 'hub.contoso.com', 'https://hub.contoso.com', 'postgres://makerhub:x@db.postgres.database.azure.com:5432/makerhub', 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/', ''];

/** The options of an enum setting (under its default), which no generic candidate fits. */
function enumValues(schema: unknown): string[] {
  let def = (schema as { _def?: { innerType?: unknown; values?: string[] } })._def;
  while (def?.innerType) def = (def.innerType as { _def?: typeof def })._def;
  return def?.values ?? [];
}

function placeholderFor(name: SettingName, expression: string): string {
  const literal = /^'([^'$]*)'$/.exec(expression)?.[1];
  if (literal !== undefined) return literal;
  const value = [...CANDIDATES, ...enumValues(SETTINGS[name].schema)].find((candidate) => SETTINGS[name].schema.safeParse(candidate).success);
  assert.ok(value !== undefined, `no placeholder fits ${name}`);
  return value;
}

describe('infrastructure as code (infra/*.bicep)', () => {
  it('when the Toolkit writes the outputs to env/ (upper-cased), then each is a setting or a Toolkit key, and the manifest\'s are settings', () => {
    const outputs = bicepOutputs(MAIN);
    assert.ok(outputs.length >= 4);
    assert.deepEqual(outputs.filter((name) => name !== name.toUpperCase()), [], 'the Toolkit upper-cases output names');
    assert.deepEqual(outputs.filter((name) => !isSettingOrToolkitKey(name)), []);
    for (const name of ['TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_ID']) assert.ok(outputs.includes(name) && isSetting(name), name);
  });

  it('when the parameters file is filled in, then it sets only declared parameters and every required one', () => {
    const declared = bicepParams(MAIN);
    const given = Object.keys((JSON.parse(read('infra/azure.parameters.json').replace(/\$\{\{\s*\w+\s*\}\}/g, 'x')) as { parameters: object }).parameters);
    assert.deepEqual(given.filter((name) => !declared.some((p) => p.name === name)), []);
    assert.deepEqual(declared.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name), []);
    assert.ok(placeholders(read('infra/azure.parameters.json')).includes('SECRET_POSTGRES_ADMIN_PASSWORD'));
  });

  it('when a module is used, then it gets every parameter it needs and none it does not declare', () => {
    const modules = bicepModules(MAIN);
    assert.deepEqual(modules.map((m) => m.path).sort(), readdirSync(new URL('../../infra/modules/', import.meta.url)).map((f) => `modules/${f}`).sort());
    for (const module of modules) {
      const declared = bicepParams(read(`infra/${module.path}`));
      assert.deepEqual(module.given.filter((name) => !declared.some((p) => p.name === name)), [], `${module.path}: unknown parameters`);
      assert.deepEqual(declared.filter((p) => !p.hasDefault && !module.given.includes(p.name)).map((p) => p.name), [], `${module.path}: missing parameters`);
    }
  });

  it('when the App Service starts the app, then every app setting is a Maker Hub setting or App Service\'s own', () => {
    const names = appSettings(APP).map((s) => s.name);
    assert.ok(names.length >= 10);
    assert.deepEqual(names.filter((name) => !isSetting(name) && !PLATFORM.test(name)), []);
    assert.equal(new Set(names).size, names.length, 'no setting twice');
  });

  it('when production start-up checks those settings, then nothing it requires is missing: no secret, a managed identity, PostgreSQL from Key Vault, telemetry on', () => {
    const settings = appSettings(APP).filter((s) => isSetting(s.name));
    const raw = Object.fromEntries(settings.map((s) => [s.name, placeholderFor(s.name as SettingName, s.value)]));
    const parsed = parseSettings(raw);
    assert.equal(parsed.NODE_ENV, 'production');
    assert.equal(parsed.MicrosoftAppType, 'UserAssignedMSI');
    assert.equal(parsed.MicrosoftAppPassword, undefined, 'no bot secret');
    assert.equal(parsed.AUTH_DEV_MODE, false);
    assert.match(settings.find((s) => s.name === 'DATABASE_URL')!.value, /@Microsoft\.KeyVault\(SecretUri=/);
    assert.ok(parsed.APPLICATIONINSIGHTS_CONNECTION_STRING);
  });

  it('when a production requirement is taken away, then the same check fails (it can fail)', () => {
    const raw = Object.fromEntries(appSettings(APP).filter((s) => isSetting(s.name) && s.name !== 'MicrosoftAppTenantId').map((s) => [s.name, placeholderFor(s.name as SettingName, s.value)]));
    assert.throws(() => parseSettings(raw), /MicrosoftAppTenantId is required/);
  });

  it('when the app is hosted, then the health probe is /readyz, Node is 22, the start command runs the built server, and the bot signs in as the managed identity', () => {
    assert.match(APP, /healthCheckPath:\s*'\/readyz'/);
    assert.match(APP, /linuxFxVersion:\s*'NODE\|22-lts'/);
    assert.match(APP, /appCommandLine:\s*'node dist\/src\/cli\/main\.js serve'/);
    assert.match(APP, /capacity:\s*instanceCount/);
    const bot = read('infra/modules/bot.bicep');
    assert.match(bot, /msaAppType:\s*'UserAssignedMSI'/);
    assert.match(bot, /msaAppMSIResourceId:\s*identityResourceId/);
    assert.doesNotMatch(read('infra/azure.bicep') + bot + APP, /MicrosoftAppPassword/);
  });
});
