import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { buildInsightsFixture } from '../helpers/insights-fixture.js';
import { cli } from '../helpers/cli.js';

describe('CLI: maker-hub report', function () {
  this.timeout(60_000);
  let dataDir: string;
  before(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-cli-report-'));
    const { db } = await openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'maker-hub.db') });
    await migrateToLatest(db);
    await buildInsightsFixture(db);
    await db.destroy();
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when an operator asks for a period, then the headline figures print as a table with the change, then the knowledge gaps', async () => {
    const res = await cli(dataDir, ['report', '--from', '2026-11-01', '--to', '2026-11-15']);
    assert.equal(res.code, 0, res.stderr);
    const lines = res.stdout.split('\n');
    assert.equal(lines[0], 'Maker Hub report 2026-11-01 to 2026-11-15 (15 days), compared with 2026-10-17 to 2026-10-31');
    assert.match(res.stdout, /^Ask\s+Questions asked\s+6\s+1\s+\+500 %$/m);
    assert.match(res.stdout, /^Ask\s+Helpful answers \(share of rated\)\s+66\.7 %\s+100\.0 %\s+-33\.3 %$/m);
    assert.match(res.stdout, /^Environments\s+Median lead time to provisioned \(hours\)\s+15 h\s+24 h\s+-37\.5 %$/m);
    assert.match(res.stdout, /^Community\s+Champions\s+1\s+–$/m);
    assert.match(res.stdout, /^\s+2×\s+Question q2: dlp polici connector\?\s+\(\+1 similar\)$/m);
  });

  it('when --json is given, then the whole report is JSON; --csv prints one table', async () => {
    const json = await cli(dataDir, ['report', '--from', '2026-11-01', '--to', '2026-11-15', '--json']);
    const report = JSON.parse(json.stdout) as { stories: { hoursSavedPerMonth: unknown }; period: unknown };
    assert.deepEqual(report.period, { from: '2026-11-01', to: '2026-11-15', days: 15 });
    assert.deepEqual(report.stories.hoursSavedPerMonth, { current: 15.5, previous: 3 });
    const csv = await cli(dataDir, ['report', '--from', '2026-11-01', '--to', '2026-11-15', '--csv', 'environments-by-type']);
    assert.deepEqual(parse(csv.stdout.replace(/^\uFEFF/, '')), [['Type', 'Requests'], ['Sandbox', '2'], ['Developer', '1'], ['Production', '1']]);
  });

  it('when the dates or the table are wrong, then it says what is wrong and exits non-zero', async () => {
    const bad = await cli(dataDir, ['report', '--from', '2026-11-31']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /from must be a date like 2026-11-23/);
    const table = await cli(dataDir, ['report', '--csv', 'salaries']);
    assert.notEqual(table.code, 0);
    assert.match(table.stderr, /no table "salaries"/);
  });

  it('when an operator imports departments from a directory export, then known people get theirs and the report groups by them; a bad line imports nothing', async () => {
    const file = path.join(dataDir, 'departments.csv');
    await writeFile(file, 'bad,department\n00000000-0000-0000-0000-000000000003,Legal\n');
    const refused = await cli(dataDir, ['users', 'departments', file]);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /nothing imported/);
    await writeFile(file, '\uFEFFobjectId,Department\nnot-a-guid,Legal\n');
    const bad = await cli(dataDir, ['users', 'departments', file]);
    assert.match(bad.stderr, /line 2: "not-a-guid" is not an Entra object id/);

    await writeFile(file, 'objectId,department,tenantId\n00000000-0000-0000-0000-000000000003,Legal,00000000-0000-0000-0000-0000000000aa\n00000000-0000-0000-0000-000000000001,Finance,00000000-0000-0000-0000-0000000000aa\n00000000-0000-0000-0000-0000000000ff,Sales,00000000-0000-0000-0000-0000000000aa\n');
    const ok = await cli(dataDir, ['users', 'departments', file]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.stdout.trim(), 'departments: 1 changed, 1 unchanged, 1 not known to Maker Hub yet (skipped)');
    const report = JSON.parse((await cli(dataDir, ['report', '--from', '2026-11-01', '--to', '2026-11-15', '--json'])).stdout) as { community: { byDepartment: unknown } };
    assert.deepEqual(report.community.byDepartment, [
      { department: 'Finance', activeMakers: 2 },
      { department: 'Legal', activeMakers: 1 },
    ]);
  });
});
