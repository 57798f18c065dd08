import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fillTemplates } from '../../src/manifest/placeholders.js';
import type { JsonObject } from '../../src/manifest/problems.js';
import {
  loadTeamsSchema,
  schemaVersionOf,
  toProblem,
  validateLocalizationSchema,
  validateManifestSchema,
} from '../../src/manifest/schema.js';
import { MANIFEST_DIR, PROD_VALUES, text } from './fixtures.js';

function filled(name: string, values: Record<string, string> = PROD_VALUES): JsonObject {
  const text = readFileSync(path.join(MANIFEST_DIR, name), 'utf8');
  const [file] = fillTemplates([{ name, text }], values, { optional: ['APP_NAME_SUFFIX'] });
  return JSON.parse(file?.text ?? '') as JsonObject;
}

describe('manifest schema validation (offline)', () => {
  it('when the template is filled with valid values, then it validates against its own schema version', async () => {
    const manifest = filled('manifest.json');
    assert.deepEqual(await validateManifestSchema(manifest), []);
  });

  it('when the template is read, then it uses schema v1.19 or newer, named the same in $schema and manifestVersion', () => {
    const manifest = filled('manifest.json');
    const [major, minor] = text(manifest.manifestVersion).split('.').map(Number);
    assert.ok(major === 1 && (minor ?? 0) >= 19, `manifestVersion ${text(manifest.manifestVersion)}`);
    assert.match(text(manifest.$schema), new RegExp(`/teams/v${text(manifest.manifestVersion)}/MicrosoftTeams\\.schema\\.json$`));
  });

  it('when every localization file of the template is validated, then the localization schema accepts it', async () => {
    const manifest = filled('manifest.json');
    const files = readdirSync(MANIFEST_DIR).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
    assert.ok(files.includes('de.json'));
    for (const file of files) {
      const localization = filled(file);
      assert.deepEqual(await validateLocalizationSchema(localization, text(manifest.manifestVersion), file), [], file);
    }
  });

  it('when a localized name is too long or a key is unknown, then the problem names the key', async () => {
    const problems = await validateLocalizationSchema(
      { 'name.short': 'Maker Hub für die ganze Organisation', 'staticTabs[0].title': 'x' },
      '1.30',
      'de.json',
    );
    const lines = problems.map((p) => `${p.pointer ?? ''} ${p.message}`);
    assert.ok(lines.some((l) => l.startsWith('/name.short must NOT have more than 30 characters')), lines.join('\n'));
    assert.ok(lines.some((l) => l.includes('must NOT have additional properties: "staticTabs[0].title"')), lines.join('\n'));
  });

  it('when the bot id is not a GUID, then the error names /bots/0/botId and the pattern', async () => {
    const manifest = filled('manifest.json', { ...PROD_VALUES, BOT_ID: 'not-a-guid' });
    const problems = await validateManifestSchema(manifest);
    assert.ok(problems.some((p) => p.pointer === '/bots/0/botId' && p.message.startsWith('must match pattern')));
  });

  it('when a schema version is not shipped or not a version, then loading it fails with a clear message', () => {
    assert.throws(() => loadTeamsSchema('9.99', 'manifest'), /v9\.99 is not shipped/);
    assert.throws(() => loadTeamsSchema('../../etc', 'manifest'), /Unknown Teams manifest schema version/);
  });

  it('when the version is read, then the $schema URL wins over manifestVersion', () => {
    const url = 'https://developer.microsoft.com/json-schemas/teams/v1.24/MicrosoftTeams.schema.json';
    assert.equal(schemaVersionOf({ $schema: url, manifestVersion: '1.19' }), '1.24');
    assert.equal(schemaVersionOf({ manifestVersion: '1.19' }), '1.19');
  });

  it('when the library reports an extra property, then the readable problem names it', () => {
    const problem = toProblem('/configurableTabs/0 must NOT have additional properties. Details: {"additionalProperty":"id"}', 'manifest.json');
    assert.deepEqual(problem, { file: 'manifest.json', pointer: '/configurableTabs/0', message: 'must NOT have additional properties: "id"' });
  });
});
