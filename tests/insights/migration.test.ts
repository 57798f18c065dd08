import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator, sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { migrationProvider } from '../../src/storage/migrations/index.js';
import type { Database } from '../../src/storage/schema.js';

/** A database from before Measure existed: upgrading it must carry the history into the dashboard. */
describe('storage: migration 0007-insights on a database with history', () => {
  let dir: string;
  let db: Kysely<Database>;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mh-migrate-insights-'));
    db = (await openDatabase({ kind: 'sqlite', file: path.join(dir, 'old.db') })).db;
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0006-stories');
    assert.equal(error, undefined);
    const t = '2026-10-01T00:00:00.000Z';
    await sql`insert into users (id, tenant_id, aad_object_id, display_name, notifications_opt_out, created_at, last_seen_at)
      values ('u1', 't', 'a1', 'Old Maker', 0, ${t}, ${t}), ('u2', 't', 'a2', 'Lurker', 0, ${t}, ${t})`.execute(db);
    await sql`insert into ask_questions (id, asked_at, user_id, channel, question, normalized, answered, confidence, composed_by, answer_json, escalated)
      values ('q1', '2026-10-05T09:00:00.000Z', 'u1', 'personal', 'q', 'q', 1, 1, 'retrieval', '{}', 0),
             ('q2', '2026-10-06T09:00:00.000Z', null, 'personal', 'q', 'q', 0, 0, 'retrieval', '{}', 0)`.execute(db);
    await sql`insert into environment_requests (id, reference, requester_id, submission_key, display_name, env_type, region, justification, dataverse, data_classification, expected_users, status, provisioner, checks_json, created_at, updated_at, version)
      values ('r1', 'ENV-1', 'u1', 'k', 'Env', 'Developer', 'europe', 'why', 0, 'internal', 1, 'expired', 'manual', '[]', '2026-10-02T00:00:00.000Z', ${t}, 5)`.execute(db);
    await sql`insert into audit (id, at, actor_kind, action, entity_type, entity_id, before_json, after_json)
      values ('a1', '2026-10-02T05:00:00.000Z', 'app', 'environment.provisioned', 'environment-request', 'r1', '{"status":"provisioning"}', '{"status":"provisioned"}'),
             ('a2', '2026-10-20T00:00:00.000Z', 'app', 'environment.expire', 'environment-request', 'r1', '{"status":"provisioned"}', '{"status":"expired"}')`.execute(db);
  });
  after(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when it is upgraded, then past questions and requests become activity, first activity dates each maker, and lead time comes from the audit trail', async () => {
    const outcome = await migrateToLatest(db);
    assert.ok(outcome.applied.includes('0007-insights'));
    const activity = await db.selectFrom('activity').select(['kind', 'entity_id', 'user_id', 'at']).orderBy('at').execute();
    assert.deepEqual(activity, [
      { kind: 'requested-environment', entity_id: 'r1', user_id: 'u1', at: '2026-10-02T00:00:00.000Z' },
      { kind: 'asked', entity_id: 'q1', user_id: 'u1', at: '2026-10-05T09:00:00.000Z' },
    ]);
    const users = await db.selectFrom('users').select(['id', 'first_active_at']).orderBy('id').execute();
    assert.deepEqual(users, [
      { id: 'u1', first_active_at: '2026-10-02T00:00:00.000Z' },
      { id: 'u2', first_active_at: null },
    ]);
    const request = await db.selectFrom('environment_requests').select('provisioned_at').where('id', '=', 'r1').executeTakeFirstOrThrow();
    assert.equal(request.provisioned_at, '2026-10-02T05:00:00.000Z');
  });

  it('when it is rolled back and applied again, then the schema and the carried-over history come back the same', async () => {
    const migrator = new Migrator({ db, provider: migrationProvider });
    // Back to before 0007 (later migrations roll back first).
    assert.equal((await migrator.migrateTo('0006-stories')).error, undefined);
    const tables = await db.introspection.getTables();
    assert.equal(tables.some((x) => x.name === 'activity'), false);
    await migrateToLatest(db);
    assert.equal((await db.selectFrom('activity').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n, 2);
  });
});
