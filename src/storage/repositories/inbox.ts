import type { Kysely, Selectable } from 'kysely';
import { newId } from '../../domain/shared/ids.js';
import type { InboxCursor, InboxRepository } from '../../domain/inbox/repository.js';
import type { InboxItem, InboxKind, InboxNote, InboxValues } from '../../domain/inbox/types.js';
import type { Database } from '../schema.js';
import type { InboxItemsTable } from '../schema-home.js';

function valuesOf(json: string | null): InboxValues | null {
  if (json === null) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as InboxValues) : null;
  } catch {
    return null;
  }
}

function toItem(r: Selectable<InboxItemsTable>): InboxItem {
  return { id: r.id, kind: r.kind as InboxKind, title: r.title, body: r.body, values: valuesOf(r.values_json), link: r.link, entity: { type: r.entity_type, id: r.entity_id }, createdAt: r.created_at, readAt: r.read_at };
}

export class SqlInboxRepository implements InboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(at: string, ...notes: InboxNote[]): Promise<void> {
    if (!notes.length) return;
    await this.db
      .insertInto('inbox_items')
      .values(
        notes.map((n) => ({
          id: newId(),
          user_id: n.userId,
          kind: n.kind,
          dedupe_key: n.dedupeKey,
          title: n.title,
          body: n.body,
          values_json: JSON.stringify(n.values),
          link: n.link,
          entity_type: n.entity.type,
          entity_id: n.entity.id,
          created_at: at,
          read_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .execute();
  }

  async list(userId: string, limit: number, before: InboxCursor | null): Promise<InboxItem[]> {
    let query = this.db.selectFrom('inbox_items').selectAll().where('user_id', '=', userId);
    if (before) query = query.where((eb) => eb.or([eb('created_at', '<', before.createdAt), eb.and([eb('created_at', '=', before.createdAt), eb('id', '<', before.id)])]));
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toItem);
  }

  async unreadCount(userId: string): Promise<number> {
    const row = await this.db.selectFrom('inbox_items').select((eb) => eb.fn.countAll<number | string>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async markRead(userId: string, id: string, at: string): Promise<boolean> {
    const item = await this.db.selectFrom('inbox_items').select(['read_at']).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    if (!item) return false;
    if (item.read_at === null) await this.db.updateTable('inbox_items').set({ read_at: at }).where('id', '=', id).where('user_id', '=', userId).execute();
    return true;
  }

  async markAllRead(userId: string, at: string): Promise<number> {
    const result = await this.db.updateTable('inbox_items').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
