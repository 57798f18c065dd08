import { sql, type ExpressionBuilder } from 'kysely';
import type { User } from '../../domain/identity/types.js';
import type { AnyDb } from './collect.js';
import { ERASED_NAME, ERASED_TEXT, PERSON_DATA } from './registry.js';

/** Shorter strings would be replaced wherever they happen to occur in other people's records. */
const MIN_QUOTED = 4;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The strings to hunt for in quoting columns, each with what replaces it (plain and as it appears inside JSON). */
function needles(pairs: Array<[string, string]>): Array<[string, string]> {
  const out = new Map<string, string>();
  for (const [text, replacement] of pairs) {
    if (text.length < MIN_QUOTED) continue;
    out.set(text, replacement);
    const json = JSON.stringify(text).slice(1, -1);
    if (json !== text) out.set(json, replacement);
  }
  // Longest first: a question that contains the person's name is removed whole, not in pieces.
  return [...out.entries()].sort((a, b) => b[0].length - a[0].length);
}

function bump(counts: Record<string, number>, table: string, n: bigint | number | undefined): void {
  counts[table] = (counts[table] ?? 0) + Number(n ?? 0);
}

/**
 * Rewrites a person out of every registry table, in the caller's transaction: their words become
 * ERASED_TEXT, their id becomes `pseudonym` (a fresh random id, so counts stay and nothing links
 * back), rows that exist only for them are deleted, and copies of their words or identifiers in
 * cards, snapshots and JSON are replaced. The department stays on the pseudonym (organisation data,
 * so Insights' figures by department do not move); roles go (nobody holds them any more).
 */
export async function erasePerson(db: AnyDb, user: User, pseudonym: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const words: string[] = [user.displayName, ...(user.email ? [user.email] : [])];
  for (const entry of PERSON_DATA)
    for (const w of entry.words ?? []) {
      const rows = (await db.selectFrom(entry.table).select(w.column).where(w.by, '=', user.id).where(w.column, 'is not', null).execute()) as Array<Record<string, string>>;
      for (const r of rows) if (r[w.column] && r[w.column] !== ERASED_TEXT) words.push(r[w.column]!);
    }
  const personal = (await db.selectFrom('conversations').select('id').where('user_id', '=', user.id).execute()) as Array<{ id: string }>;
  const conversationIds = personal.map((c) => c.id);

  await db
    .insertInto('users')
    .values({ id: pseudonym, tenant_id: user.tenantId, aad_object_id: `erased:${pseudonym}`, display_name: ERASED_NAME, email: null, department: user.department, time_zone: null, locale: null, notifications_opt_out: 1, created_at: user.createdAt, last_seen_at: user.createdAt, first_active_at: sql`(select first_active_at from users where id = ${user.id})` })
    .execute();

  for (const entry of PERSON_DATA)
    for (const w of entry.words ?? []) {
      const r = await db.updateTable(entry.table).set({ [w.column]: ERASED_TEXT }).where(w.by, '=', user.id).where(w.column, 'is not', null).executeTakeFirst();
      bump(counts, entry.table, r.numUpdatedRows);
    }

  // Messages to the person: bodies go, what is still waiting is not sent, the counts stay.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const toThem = (eb: ExpressionBuilder<any, any>) =>
    conversationIds.length ? eb.or([eb('recipient_user_id', '=', user.id), eb('conversation_id', 'in', conversationIds)]) : eb('recipient_user_id', '=', user.id);
  await db.updateTable('outbox').set({ state: 'cancelled', last_error: 'recipient erased' }).where(toThem).where('state', 'in', ['queued', 'sending']).execute();
  const outbox = await db.updateTable('outbox').set({ payload_json: '{}', conversation_id: `erased:${pseudonym}`, reply_to_activity_id: null, activity_id: null }).where(toThem).executeTakeFirst();
  bump(counts, 'outbox', outbox.numUpdatedRows);
  if (conversationIds.length) await db.deleteFrom('delivery_lanes').where('conversation_id', 'in', conversationIds).execute();

  for (const entry of PERSON_DATA) {
    if (entry.deleteOwned && entry.owner) bump(counts, entry.table, (await db.deleteFrom(entry.table).where(entry.owner, '=', user.id).executeTakeFirst()).numDeletedRows);
    for (const column of entry.people) {
      if (entry.table === 'users') continue;
      bump(counts, entry.table, (await db.updateTable(entry.table).set({ [column]: pseudonym }).where(column, '=', user.id).executeTakeFirst()).numUpdatedRows);
    }
  }

  const replacements = needles([[user.id, pseudonym], [user.aadObjectId, pseudonym], ...conversationIds.map((c): [string, string] => [c, `erased:${pseudonym}`]), ...words.map((w): [string, string] => [w, ERASED_TEXT])]);
  for (const entry of PERSON_DATA)
    for (const column of entry.quotes ?? [])
      for (const [text, replacement] of replacements) {
        const r = await db
          .updateTable(entry.table)
          .set({ [column]: sql`replace(${sql.ref(column)}, ${text}, ${replacement})` })
          .where(sql<boolean>`${sql.ref(column)} like ${'%' + likeEscape(text) + '%'} escape '\\'`)
          .executeTakeFirst();
        bump(counts, entry.table, r.numUpdatedRows);
      }

  await db.deleteFrom('users').where('id', '=', user.id).execute();
  counts['users'] = 1;
  return counts;
}
