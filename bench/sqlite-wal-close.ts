/**
 * How often closing a SQLite database leaves its WAL behind (#18: the WAL checkpoint test failed now
 * and then on a loaded machine). Each round opens a database, writes, waits for the checkpointer to
 * have run, closes it and looks for the -wal file a second later. Usage: npx tsx bench/sqlite-wal-close.ts [rounds]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { openDatabase } from '../src/storage/dialect.js';

const rounds = Number(process.argv[2] ?? 30);
let left = 0;
for (let k = 0; k < rounds; k += 1) {
  const dir = mkdtempSync(path.join(tmpdir(), 'wal-close-'));
  const file = path.join(dir, 'bench.db');
  const handle = await openDatabase({ kind: 'sqlite', file });
  await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
  for (let i = 0; i < 20; i += 1) await sql`insert into notes (body) values (${'x'.repeat(4000)})`.execute(handle.db);
  // Past the checkpointer's first tick (once a second), with the close landing at varying points.
  await sleep(1100 + (k % 10) * 10);
  await handle.db.destroy();
  await sleep(1000);
  if (existsSync(`${file}-wal`)) left += 1;
  rmSync(dir, { recursive: true, force: true });
}
console.log(`WAL left behind after close: ${left} of ${rounds}`);
