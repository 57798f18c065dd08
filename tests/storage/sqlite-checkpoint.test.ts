import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { openDatabase } from '../../src/storage/dialect.js';

/** SQLite's WAL is copied back into the database by the checkpointer thread, not by commits. */
describe('storage: SQLite WAL checkpoints', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mh-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when the app has written and gone quiet, then the data reaches the database file within seconds and the WAL is removed at close', async () => {
    const file = path.join(dir, 'maker-hub.db');
    const handle = await openDatabase({ kind: 'sqlite', file });
    await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
    const before = statSync(file).size;
    const body = 'x'.repeat(4000);
    for (let i = 0; i < 200; i += 1) await sql`insert into notes (body) values (${body})`.execute(handle.db);
    assert.ok(statSync(`${file}-wal`).size > 800_000, 'the commits went to the WAL');
    const deadline = Date.now() + 5000;
    while (statSync(file).size < before + 800_000 && Date.now() < deadline) await sleep(50);
    assert.ok(statSync(file).size >= before + 800_000, `database file ${statSync(file).size} bytes`);
    await handle.db.destroy();
    for (let i = 0; i < 40 && existsSync(`${file}-wal`); i += 1) await sleep(50);
    assert.equal(existsSync(`${file}-wal`), false, 'the last connection to close removes the WAL');
  });
});
