import type { Kysely } from 'kysely';
import type { PersonRecords, Row } from '../../domain/privacy/types.js';
import type { User } from '../../domain/identity/types.js';
import { PERSON_DATA } from './registry.js';

// Tables are named by the registry at run time, so queries go through an untyped handle.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

/** Every row of every registry table in which the person appears, and the audit history of their own records. */
export async function collectPerson(db: AnyDb, user: User): Promise<PersonRecords> {
  const tables: Record<string, Row[]> = {};
  const ownIds: string[] = [];
  for (const entry of PERSON_DATA) {
    if (!entry.people.length) {
      tables[entry.table] = [];
      continue;
    }
    const rows = (await db
      .selectFrom(entry.table)
      .selectAll()
      .where((eb) => eb.or(entry.people.map((c) => eb(c, '=', user.id))))
      .execute()) as Row[];
    tables[entry.table] = rows;
    if (entry.owner && entry.table !== 'users' && entry.table !== 'audit') for (const r of rows) if (r[entry.owner] === user.id && typeof r['id'] === 'string') ownIds.push(r['id']);
  }
  const subjects = [user.id, user.aadObjectId, ...ownIds];
  const history: Row[] = [];
  for (let i = 0; i < subjects.length; i += 500) {
    const chunk = subjects.slice(i, i + 500);
    history.push(...((await db.selectFrom('audit').selectAll().where('entity_id', 'in', chunk).where('actor_id', 'is distinct from', user.id).orderBy('at').execute()) as Row[]));
  }
  return { tables, history };
}
