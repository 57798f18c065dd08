import assert from 'node:assert/strict';
import { Migrator, sql, type Kysely } from 'kysely';
import type { DatabaseConfig } from '../../src/config/index.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { migrationProvider } from '../../src/storage/migrations/index.js';
import { SqlTrainingRepository } from '../../src/storage/repositories/training/training.js';
import type { Database } from '../../src/storage/schema.js';
import { closeStore } from '../helpers/training-events.js';

const T = '2026-09-01T08:00:00.000Z';

/**
 * A database created at 0007 with training in it (paths, modules, progress, a badge): upgrading it
 * to 0008 gives every path and module version 1 and loses nothing; rolling back and upgrading again
 * comes back the same. Run on SQLite, PGlite and a PostgreSQL server.
 */
export function trainingVersionsMigrationSuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`storage: migration 0008-training-versions on ${name}, from a 0007 database with training`, function () {
    this.timeout(60_000);
    let db: Kysely<Database>;
    let cleanup: (() => Promise<void>) | undefined;

    before(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      db = (await openDatabase(opened.config)).db;
      const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0007-insights');
      assert.equal(error, undefined);
      await sql`insert into users (id, tenant_id, aad_object_id, display_name, notifications_opt_out, created_at, last_seen_at)
        values ('u1', 't', 'a1', 'Old Maker', 0, ${T}, ${T})`.execute(db);
      await sql`insert into training_paths (id, slug, title, summary, audience, level, position, retired_at, created_at, updated_at)
        values ('p1', 'first-app', 'Your first Power App', 'Start here.', 'new-maker', 'beginner', 1, null, ${T}, '2026-09-02T10:00:00.000Z'),
               ('p2', 'old-path', 'An old path', '', 'admin', 'advanced', 2, '2026-09-03T00:00:00.000Z', ${T}, ${T})`.execute(db);
      await sql`insert into training_modules (id, path_id, position, title, description, url, minutes, kind, retired_at, created_at, updated_at)
        values ('m1', 'p1', 1, 'What is Power Apps?', 'Intro.', 'https://learn.microsoft.com/a', 10, 'article', null, ${T}, ${T}),
               ('m2', 'p1', 2, 'Canvas apps', '', 'https://learn.microsoft.com/b', 25, 'lab', null, ${T}, ${T}),
               ('m3', 'p2', 1, 'Retired one', '', 'https://learn.microsoft.com/c', 5, 'video', '2026-09-03T00:00:00.000Z', ${T}, ${T})`.execute(db);
      await sql`insert into training_progress (user_id, module_id, completed_at) values ('u1', 'm1', ${T}), ('u1', 'm2', ${T})`.execute(db);
      await sql`insert into training_completions (user_id, path_id, completed_at) values ('u1', 'p1', ${T})`.execute(db);
    });
    after(async () => {
      await closeStore({ close: () => db.destroy() });
      await cleanup?.();
    });

    const paths = () => db.selectFrom('training_paths').select(['id', 'title', 'updated_at', 'retired_at', 'version']).orderBy('id').execute();
    const modules = () => db.selectFrom('training_modules').select(['id', 'title', 'minutes', 'retired_at', 'version']).orderBy('id').execute();

    it('when it is upgraded, then every path and module is at version 1 with its content, progress and badges as they were', async () => {
      const outcome = await migrateToLatest(db);
      assert.ok(outcome.applied.includes('0008-training-versions'), JSON.stringify(outcome));
      assert.deepEqual(
        (await paths()).map((p) => ({ ...p, version: Number(p.version) })),
        [
          { id: 'p1', title: 'Your first Power App', updated_at: '2026-09-02T10:00:00.000Z', retired_at: null, version: 1 },
          { id: 'p2', title: 'An old path', updated_at: T, retired_at: '2026-09-03T00:00:00.000Z', version: 1 },
        ],
      );
      assert.deepEqual(
        (await modules()).map((m) => ({ ...m, minutes: Number(m.minutes), version: Number(m.version) })),
        [
          { id: 'm1', title: 'What is Power Apps?', minutes: 10, retired_at: null, version: 1 },
          { id: 'm2', title: 'Canvas apps', minutes: 25, retired_at: null, version: 1 },
          { id: 'm3', title: 'Retired one', minutes: 5, retired_at: '2026-09-03T00:00:00.000Z', version: 1 },
        ],
      );
      const repo = new SqlTrainingRepository(db);
      assert.deepEqual((await repo.progressOf('u1')).map((r) => r.moduleId).sort(), ['m1', 'm2']);
      assert.deepEqual(await repo.completionsOf('u1'), [{ pathId: 'p1', completedAt: T }]);
    });

    it('when an upgraded path is edited, then an edit based on version 1 is applied once and bumps it, a second one is refused', async () => {
      const repo = new SqlTrainingRepository(db);
      assert.equal(await repo.updatePath('p1', 1, { title: 'Your first app' }, '2026-10-01T00:00:00.000Z'), true);
      assert.equal(await repo.updatePath('p1', 1, { title: 'Someone else’s' }, '2026-10-01T00:00:01.000Z'), false);
      assert.equal(await repo.updateModule('m2', 1, { minutes: 30 }, '2026-10-01T00:00:00.000Z'), true);
      const path = (await repo.findPath('p1', { includeRetired: true }))!;
      assert.deepEqual([path.title, path.version, path.modules.map((m) => [m.id, m.version, m.minutes])], ['Your first app', 2, [['m1', 1, 10], ['m2', 2, 30]]]);
    });

    it('when it is rolled back and applied again, then the column goes and comes back at version 1, and new rows get 1 by default', async () => {
      const migrator = new Migrator({ db, provider: migrationProvider });
      assert.equal((await migrator.migrateTo('0007-insights')).error, undefined);
      const columns = async (table: string) => (await db.introspection.getTables()).find((x) => x.name === table)!.columns.map((c) => c.name);
      assert.equal((await columns('training_paths')).includes('version'), false);
      assert.equal((await columns('training_modules')).includes('version'), false);
      await sql`insert into training_modules (id, path_id, position, title, description, url, minutes, kind, retired_at, created_at, updated_at)
        values ('m4', 'p1', 3, 'Added while rolled back', '', 'https://learn.microsoft.com/d', 5, 'video', null, ${T}, ${T})`.execute(db);
      await migrateToLatest(db);
      assert.deepEqual((await paths()).map((p) => [p.id, p.title, Number(p.version)]), [['p1', 'Your first app', 1], ['p2', 'An old path', 1]]);
      assert.deepEqual((await modules()).map((m) => [m.id, Number(m.version)]), [['m1', 1], ['m2', 1], ['m3', 1], ['m4', 1]]);
    });
  });
}
