import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { DatabaseConfig } from '../../src/config/index.js';
import type { PersonExport } from '../../src/domain/privacy/types.js';
import { PERSON_DATA, ERASED_NAME, ERASED_TEXT } from '../../src/storage/privacy/registry.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { createPersonFixture, MARK, PRIYA, SAM, TENANT, type PersonFixture } from './person-fixture.js';

const OPERATOR = { kind: 'operator' as const, name: 'cli:test' };

export type SuiteDatabase = () => Promise<{ config?: DatabaseConfig | 'pglite'; cleanup?: () => Promise<void> }>;

/** Everything stored, table by table, as text (the portable way to look for bytes on PostgreSQL too). */
async function everyRowAsText(t: TestApp): Promise<string> {
  const db = t.app.services.store.handle.db;
  const tables = await db.introspection.getTables();
  const parts: string[] = [];
  for (const table of tables) parts.push(JSON.stringify(await db.selectFrom(table.name as 'users').selectAll().execute()));
  return parts.join('\n');
}

const withoutVolatile = (x: PersonExport) => ({ ...x.tables });

/** `sqliteFile`: the database is a SQLite file, so the raw bytes of it and its WAL are scanned too. */
export function privacySuite(name: string, database: SuiteDatabase, { sqliteFile }: { sqliteFile: boolean }): void {
  describe(`privacy: export and erase a person (${name})`, function () {
    this.timeout(60_000);
    let t: TestApp;
    let f: PersonFixture;
    let cleanup: (() => Promise<void>) | undefined;
    let priyaExport: PersonExport;
    let samBefore: PersonExport;
    let insightsBefore: string;

    const insights = async () => {
      const report = await t.app.services.insights.report(OPERATOR, { days: 120 });
      const { generatedAt: _g, ...rest } = report;
      // Champions is who holds the role today: an erased person holds none.
      return JSON.stringify({ ...rest, community: { ...rest.community, champions: undefined }, ask: { ...rest.ask, gaps: rest.ask.gaps.map((g) => ({ ...g, key: undefined, variants: undefined, example: undefined, answeredNowBy: undefined, notes: undefined })) } });
    };

    before(async () => {
      const db = await database();
      cleanup = db.cleanup;
      t = await startTestApp({ DELIVERY_WORKER: 'off' }, db.config ? { database: db.config } : {});
      f = await createPersonFixture(t.app.services, 'p1');
      priyaExport = await t.app.services.privacy.exportPerson(OPERATOR, { tenantId: TENANT, aadObjectId: PRIYA.oid });
      samBefore = await t.app.services.privacy.exportPerson(OPERATOR, { tenantId: TENANT, aadObjectId: SAM.oid });
      insightsBefore = await insights();
    });
    after(async () => {
      await t?.close();
      await cleanup?.();
    });

    it('when a person is exported, then every registry table is in the document and every table that can hold them has their rows', () => {
      assert.equal(priyaExport.format, 'maker-hub.person-export');
      assert.equal(priyaExport.person.displayName, PRIYA.name);
      assert.deepEqual([...priyaExport.person.roles].sort(), ['champion', 'coe-admin', 'expert', 'maker']);
      const empty = PERSON_DATA.filter((e) => e.people.length && !priyaExport.tables[e.table]?.length).map((e) => e.table);
      assert.deepEqual(empty, [], 'the fixture person has data in every table');
      for (const e of PERSON_DATA) assert.ok(Array.isArray(priyaExport.tables[e.table]), e.table);
      const text = JSON.stringify(priyaExport);
      for (const w of f.words) assert.ok(text.includes(w), w);
      assert.ok(priyaExport.history.length > 0, 'audit history of her own records');
      assert.ok(JSON.stringify(priyaExport.tables['users']).includes('"de-DE"'), 'her last seen locale is in her export');
      assert.ok(!JSON.stringify(samBefore.tables).includes(MARK), "Sam's export holds nothing of Priya's");
    });

    it('when a person is erased, then no row holds their words or identifiers, counts stay and the erasure is audited without them', async () => {
      const report = await t.app.services.privacy.erase({ actor: OPERATOR }, { tenantId: TENANT, aadObjectId: PRIYA.oid });
      assert.ok(report.rows['ask_questions']! >= 1 && report.rows['environment_requests']! >= 1);
      assert.equal(report.compacted, true);
      const all = await everyRowAsText(t);
      // '"de-DE"': only Priya was seen with a locale, and erasure clears it.
      for (const needle of [MARK, PRIYA.oid, PRIYA.name, PRIYA.email, f.priya.user.id, 'a:priya-personal-p1', '"de-DE"']) assert.ok(!all.includes(needle), `${needle} is still stored`);
      const insightsAfter = await insights();
      const at = [...insightsBefore].findIndex((c, i) => insightsAfter[i] !== c);
      assert.ok(at === -1, `Insights figures changed at …${insightsBefore.slice(at - 300, at + 200)}\n…${insightsAfter.slice(at - 300, at + 200)}`);
      const db = t.app.services.store.handle.db;
      const pseudonym = await db.selectFrom('users').selectAll().where('id', '=', report.pseudonym).executeTakeFirstOrThrow();
      assert.equal(pseudonym.display_name, ERASED_NAME);
      const erasure = await db.selectFrom('audit').selectAll().where('action', '=', 'person.erase').execute();
      assert.equal(erasure.length, 1);
      assert.equal(erasure[0]!.entity_id, report.pseudonym);
      const ticket = await db.selectFrom('ask_tickets').selectAll().where('asker_id', '=', report.pseudonym).executeTakeFirstOrThrow();
      assert.equal(ticket.question, ERASED_TEXT);
      assert.match(ticket.answer ?? '', /^Ada answers/, "the expert's answer stays");
      // Her uploaded picture (stored as base64, so the text search above cannot see its bytes) is gone, bytes and all.
      assert.deepEqual(await db.selectFrom('story_images').selectAll().execute(), []);
      assert.deepEqual(await db.selectFrom('story_image_bytes').selectAll().execute(), []);
      assert.ok(report.rows['story_images']! >= 1, 'the erasure report counts the picture');
      await assert.rejects(t.app.services.privacy.exportPerson(OPERATOR, { tenantId: TENANT, aadObjectId: PRIYA.oid }), /not known/);
    });

    it('when a person is erased, then a second person’s data is untouched', async () => {
      const samAfter = await t.app.services.privacy.exportPerson(OPERATOR, { tenantId: TENANT, aadObjectId: SAM.oid });
      assert.deepEqual(withoutVolatile(samAfter), withoutVolatile(samBefore));
    });

    if (sqliteFile) it('when the database is a SQLite file, then its bytes (and the WAL’s) hold nothing of the erased person', () => {
      const config = t.config.database;
      assert.equal(config.kind, 'sqlite');
      if (config.kind !== 'sqlite') return;
      for (const file of [config.file, `${config.file}-wal`]) {
        if (!existsSync(file)) continue;
        const bytes = readFileSync(file);
        for (const needle of [MARK, PRIYA.oid, PRIYA.name, PRIYA.email]) assert.equal(bytes.indexOf(Buffer.from(needle)), -1, `${needle} in ${file}`);
      }
    });
  });
}
