import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng, readPngHeader } from '../../src/manifest/png.js';
import { buildAppPackage, defaultAppVersion } from '../../src/manifest/package.js';
import { AppPackageError, type Json } from '../../src/manifest/problems.js';
import { validateLocalizationSchema, validateManifestSchema } from '../../src/manifest/schema.js';
import {
  LOCAL_VALUES,
  MANIFEST_DIR,
  PROD_VALUES,
  allStrings,
  copyManifest,
  editJson,
  jsonEntry,
  readZip,
  tempDir,
  text,
} from './fixtures.js';

/** Runs a build that must fail and returns its problem lines. */
async function problemsOf(run: Promise<unknown>): Promise<readonly string[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AppPackageError) return error.problems;
    throw error;
  }
  assert.fail('the build succeeded, but problems were expected');
}

describe('Teams app package', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => {
    cleanup();
  });

  it('when every value is set, then the zip holds a fully substituted, valid manifest with its icons and translations', async () => {
    const outDir = path.join(dir, 'out');
    const { zipPath, manifest } = await buildAppPackage({ envName: 'prod', values: PROD_VALUES, outDir, manifestDir: MANIFEST_DIR });
    assert.equal(zipPath, path.join(outDir, 'appPackage.prod.zip'));
    const entries = await readZip(zipPath);
    assert.deepEqual([...entries.keys()].sort(), ['color.png', 'de.json', 'manifest.json', 'outline.png']);

    const inZip = jsonEntry(entries, 'manifest.json');
    assert.deepEqual(inZip, manifest);
    assert.deepEqual(allStrings(inZip).filter((s) => s.includes('${{')), []);
    assert.equal(inZip.id, PROD_VALUES.TEAMS_APP_ID);
    assert.equal(inZip.version, '1.4.2');
    assert.deepEqual(inZip.validDomains, ['makerhub.contoso.com']);
    assert.deepEqual(inZip.webApplicationInfo, {
      id: PROD_VALUES.AAD_APP_CLIENT_ID,
      resource: `api://makerhub.contoso.com/${PROD_VALUES.AAD_APP_CLIENT_ID}`,
    });
    const tabs = inZip.staticTabs as { entityId: string; contentUrl?: string }[];
    assert.equal(tabs.find((t) => t.entityId === 'requests')?.contentUrl, 'https://makerhub.contoso.com/requests?inTeams=1');
    assert.deepEqual(await validateManifestSchema(inZip), []);

    const de = jsonEntry(entries, 'de.json');
    assert.equal(de['name.short'], 'Maker Hub');
    assert.deepEqual(await validateLocalizationSchema(de, text(inZip.manifestVersion), 'de.json'), []);

    const sizes = ['color.png', 'outline.png'].map((name) => readPngHeader(entries.get(name) ?? Buffer.alloc(0)).width);
    assert.deepEqual(sizes, [192, 32]);
  });

  it('when the local values are used, then http://localhost is accepted, the suffix is shown and the version defaults to package.json', async () => {
    const { manifest } = await buildAppPackage({ envName: 'local', values: LOCAL_VALUES, outDir: dir, manifestDir: MANIFEST_DIR });
    const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(manifest.version, packageJson.version);
    assert.equal(defaultAppVersion(), packageJson.version);
    assert.deepEqual(manifest.name, { short: 'Maker Hub (local)', full: 'Maker Hub: Power Platform Center of Excellence (local)' });
    assert.equal((manifest.developer as { privacyUrl: Json }).privacyUrl, 'http://localhost:3978/privacy');
  });

  it('when a value is missing, then the build fails naming the variable, where it is used and the env file', async () => {
    const values = { ...PROD_VALUES, BOT_ID: undefined };
    const problems = await problemsOf(buildAppPackage({ envName: 'dev', values, outDir: dir, manifestDir: MANIFEST_DIR }));
    assert.deepEqual(problems, [
      'Missing value for BOT_ID (used at bots[0].botId, composeExtensions[0].botId); set it in env/.env.dev or the environment',
    ]);
    assert.ok(!existsSync(path.join(dir, 'appPackage.dev.zip')), 'no zip is written for a failed build');
  });

  it('when BOT_ID is not a GUID, then the build fails naming /bots/0/botId and the variable', async () => {
    const values = { ...PROD_VALUES, BOT_ID: 'not-a-guid' };
    const problems = await problemsOf(buildAppPackage({ envName: 'prod', values, outDir: dir, manifestDir: MANIFEST_DIR }));
    assert.ok(problems.some((p) => /^manifest\.json: \/bots\/0\/botId must match pattern .*; check BOT_ID$/.test(p)), problems.join('\n'));
  });

  it('when TAB_ENDPOINT is not https outside local, then the build fails', async () => {
    const values = { ...PROD_VALUES, TAB_ENDPOINT: 'http://makerhub.contoso.com' };
    const problems = await problemsOf(buildAppPackage({ envName: 'test', values, outDir: dir, manifestDir: MANIFEST_DIR }));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0] ?? '', /must use https in the "test" environment.*; check TAB_ENDPOINT$/);
  });

  it('when TAB_ENDPOINT has a trailing slash, then the build fails naming the variable', async () => {
    const values = { ...PROD_VALUES, TAB_ENDPOINT: 'https://makerhub.contoso.com/' };
    const problems = await problemsOf(buildAppPackage({ envName: 'prod', values, outDir: dir, manifestDir: MANIFEST_DIR }));
    assert.deepEqual(problems, [
      'TAB_ENDPOINT must be an origin such as https://hub.contoso.com (no path, query or trailing slash), not "https://makerhub.contoso.com/"',
    ]);
  });

  it('when several things are wrong, then every problem is reported in one run', async () => {
    const manifestDir = copyManifest(dir);
    const red = new Uint8Array(32 * 32 * 4).map((_, i) => (i % 4 === 1 || i % 4 === 2 ? 0 : 255));
    writeFileSync(path.join(manifestDir, 'outline.png'), encodePng({ width: 32, height: 32, rgba: red }));
    editJson(path.join(manifestDir, 'de.json'), (de) => {
      de['staticTabs[12].name'] = 'Geister-Tab';
    });
    const values = { ...PROD_VALUES, TEAMS_APP_ID: '', BOT_ID: 'nope', TAB_DOMAIN: 'x.ngrok-free.app', TAB_ENDPOINT: 'https://x.ngrok-free.app' };
    const problems = await problemsOf(buildAppPackage({ envName: 'prod', values, outDir: dir, manifestDir }));
    const expected = [/^Missing value for TEAMS_APP_ID \(used at id\)/, /\/bots\/0\/botId must match pattern/, /^outline\.png: must be white on transparent only/,
      /^de\.json: \/staticTabs\[12\]\.name translates nothing/, /\/validDomains\/0 must not use a tunnel domain/];
    for (const pattern of expected) assert.ok(problems.some((p) => pattern.test(p)), `${String(pattern)} not in:\n${problems.join('\n')}`);
    assert.ok(!problems.some((p) => p.includes('/id ')), 'the missing id is reported once, as a missing value');
  });

  it('when an icon file is missing or the wrong size, then the problem names the file', async () => {
    const manifestDir = copyManifest(dir);
    writeFileSync(path.join(manifestDir, 'color.png'), encodePng({ width: 96, height: 96, rgba: new Uint8Array(96 * 96 * 4) }));
    editJson(path.join(manifestDir, 'manifest.json'), (m) => {
      m.icons = { color: 'color.png', outline: 'missing-outline.png' };
    });
    const problems = await problemsOf(buildAppPackage({ envName: 'prod', values: PROD_VALUES, outDir: dir, manifestDir }));
    assert.ok(problems.includes('color.png: must be 192×192 pixels, but is 96×96'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('missing-outline.png: is missing')), problems.join('\n'));
  });

  it('when the same inputs are packaged twice, then the zips are byte-for-byte identical', async () => {
    const first = await buildAppPackage({ envName: 'prod', values: PROD_VALUES, outDir: path.join(dir, 'a'), manifestDir: MANIFEST_DIR });
    const second = await buildAppPackage({ envName: 'prod', values: PROD_VALUES, outDir: path.join(dir, 'b'), manifestDir: MANIFEST_DIR });
    assert.ok(readFileSync(first.zipPath).equals(readFileSync(second.zipPath)));
  });

  it('when the environment name could escape the output folder, then it is refused', async () => {
    const problems = await problemsOf(buildAppPackage({ envName: '../x', values: PROD_VALUES, outDir: dir, manifestDir: MANIFEST_DIR }));
    assert.match(problems[0] ?? '', /Invalid environment name/);
  });
});
