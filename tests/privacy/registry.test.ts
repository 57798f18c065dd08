import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { PERSON_COLUMN, PERSON_DATA, personTable } from '../../src/storage/privacy/registry.js';
import type { Database } from '../../src/storage/schema.js';

/** The privacy registry must account for every column of the live schema that can hold a person. */
describe('privacy: the registry of where a person’s data lives', () => {
  let db: Kysely<Database>;
  let tables: Array<{ name: string; columns: string[] }>;

  before(async () => {
    db = (await openDatabase({ kind: 'sqlite', file: ':memory:' })).db;
    await migrateToLatest(db);
    tables = (await db.introspection.getTables()).map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }));
  });
  after(() => db.destroy());

  it('when a table of the schema has a column that looks like a person id, then the registry lists the table and says what the column is', () => {
    const missing: string[] = [];
    for (const t of tables) {
      const suspects = t.columns.filter((c) => PERSON_COLUMN.test(c));
      if (!suspects.length) continue;
      const entry = personTable(t.name);
      if (!entry) {
        missing.push(`${t.name} (${suspects.join(', ')}): add it to PERSON_DATA in src/storage/privacy/registry.ts`);
        continue;
      }
      for (const c of suspects) if (!entry.people.includes(c) && !(entry.notPeople && c in entry.notPeople)) missing.push(`${t.name}.${c}: list it in people or notPeople`);
    }
    assert.deepEqual(missing, []);
  });

  it('when the registry names a table or column, then the schema has it (no stale entries)', () => {
    const stale: string[] = [];
    for (const entry of PERSON_DATA) {
      const t = tables.find((x) => x.name === entry.table);
      if (!t) {
        stale.push(entry.table);
        continue;
      }
      const named = [...entry.people, ...(entry.owner ? [entry.owner] : []), ...(entry.words ?? []).flatMap((w) => [w.column, w.by]), ...(entry.quotes ?? []), ...Object.keys(entry.notPeople ?? {})];
      for (const c of named) if (!t.columns.includes(c)) stale.push(`${entry.table}.${c}`);
      for (const w of entry.words ?? []) if (!entry.people.includes(w.by)) stale.push(`${entry.table}.${w.by} writes words but is not a person column`);
    }
    assert.deepEqual(stale, []);
  });

  it('when docs/privacy.md is read, then it names every registry table (the privacy office reads the same list)', () => {
    const doc = readFileSync('docs/privacy.md', 'utf8');
    assert.deepEqual(PERSON_DATA.filter((e) => !doc.includes(`\`${e.table}\``)).map((e) => e.table), []);
  });

  it('when the pattern meets person-looking and other columns, then it tells them apart', () => {
    for (const c of ['user_id', 'recipient_user_id', 'created_by', 'asker_id', 'actor_id']) assert.ok(PERSON_COLUMN.test(c), c);
    for (const c of ['id', 'event_id', 'story_id', 'conversation_id', 'tenant_id', 'aad_object_id']) assert.ok(!PERSON_COLUMN.test(c), c);
  });
});
