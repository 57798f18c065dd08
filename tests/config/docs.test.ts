import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { envExample, settingsTable } from '../../src/config/docs.js';
import { SETTINGS } from '../../src/config/settings.js';

describe('configuration docs', () => {
  it('when a setting is added, then env/.env.example and the README table must be regenerated (npm run config:doc)', () => {
    assert.equal(readFileSync('env/.env.example', 'utf8'), envExample(), 'env/.env.example is stale: run npm run config:doc');
    assert.ok(readFileSync('README.md', 'utf8').includes(settingsTable()), 'README configuration table is stale: run npm run config:doc');
  });

  it('when the docs are generated, then every setting appears with its default', () => {
    const table = settingsTable();
    for (const name of Object.keys(SETTINGS)) assert.ok(table.includes(`\`${name}\``), name);
    assert.match(table, /`PORT` \| `3978`/);
    assert.match(table, /`DATA_DIR` \| `\.\/data`/);
  });
});
