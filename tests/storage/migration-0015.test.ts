import assert from 'node:assert/strict';
import { Migrator, sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { migrationProvider } from '../../src/storage/migrations/index.js';
import type { Database } from '../../src/storage/schema.js';

describe('storage: migrations 0015-ask-follow-ups and 0016-training-starts (SQLite and PGlite)', function () {
  this.timeout(90_000);
  for (const kind of ['sqlite', 'pglite'] as const) {
    it(`when it is applied, rolled back and applied again on ${kind}, then the reason, details and reply columns come and go and old rows read as empty`, async () => {
      const db: Kysely<Database> = (await openDatabase(kind === 'sqlite' ? { kind, file: ':memory:' } : { kind })).db;
      try {
        const columns = async (table: string) =>
          kind === 'sqlite'
            ? (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((r) => r.name)
            : (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = ${table}`.execute(db)).rows.map((r) => r.name);
        await migrateToLatest(db);
        for (const c of ['feedback_reason', 'feedback_note']) assert.ok((await columns('ask_questions')).includes(c), c);
        for (const c of ['details', 'maker_reply', 'maker_reply_at']) assert.ok((await columns('ask_tickets')).includes(c), c);
        assert.equal((await new Migrator({ db, provider: migrationProvider }).migrateTo('0014-privacy')).error, undefined);
        assert.ok(!(await columns('ask_tickets')).includes('maker_reply'));
        assert.ok(!(await columns('ask_questions')).includes('feedback_reason'));
        assert.ok((await migrateToLatest(db)).applied.includes('0015-ask-follow-ups'));
        for (const c of ['feedback_reason', 'feedback_note']) assert.ok((await columns('ask_questions')).includes(c), c);
        // 0016: the table of modules opened comes and goes with its migration.
        assert.deepEqual((await columns('training_starts')).sort(), ['created_at', 'module_id', 'started_at', 'token', 'user_id']);
        assert.equal((await new Migrator({ db, provider: migrationProvider }).migrateTo('0015-ask-follow-ups')).error, undefined);
        assert.deepEqual(await columns('training_starts'), []);
        assert.ok((await migrateToLatest(db)).applied.includes('0016-training-starts'));
      } finally {
        await db.destroy();
      }
    });
  }
});
