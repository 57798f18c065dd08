import assert from 'node:assert/strict';
import { Migrator, sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { migrationProvider } from '../../src/storage/migrations/index.js';
import type { Database } from '../../src/storage/schema.js';

describe('storage: migration 0014-privacy (SQLite and PGlite)', function () {
  this.timeout(90_000);
  for (const kind of ['sqlite', 'pglite'] as const) {
    it(`when it is applied, rolled back and applied again on ${kind}, then the lookup indexes come and go`, async () => {
      const db: Kysely<Database> = (await openDatabase(kind === 'sqlite' ? { kind, file: ':memory:' } : { kind })).db;
      try {
        const names = async () =>
          kind === 'sqlite'
            ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(db)).rows.map((r) => r.name)
            : (await sql<{ name: string }>`select indexname as name from pg_indexes`.execute(db)).rows.map((r) => r.name);
        assert.ok((await migrateToLatest(db)).applied.includes('0014-privacy'));
        for (const index of ['audit_actor', 'outbox_recipient', 'outbox_retention']) assert.ok((await names()).includes(index), index);
        assert.equal((await new Migrator({ db, provider: migrationProvider }).migrateTo('0013-home-inbox')).error, undefined);
        assert.ok(!(await names()).includes('audit_actor'));
        assert.equal((await migrateToLatest(db)).applied[0], '0014-privacy');
      } finally {
        await db.destroy();
      }
    });
  }
});
