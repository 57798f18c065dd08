import type { Kysely, Selectable } from 'kysely';
import type { KbEntryRepository, StoredEntry } from '../../../domain/ask/repository.js';
import type { EntryOrigin, FaqEntry } from '../../../domain/ask/types.js';
import type { Database } from '../../schema.js';
import type { KbEntriesTable } from '../../schema-ask.js';

function toEntry(r: Selectable<KbEntriesTable>): StoredEntry {
  return {
    id: r.id,
    kind: r.kind === 'expert' ? 'expert' : 'faq',
    question: r.question,
    alternates: JSON.parse(r.alternates_json) as string[],
    answer: r.answer,
    tags: JSON.parse(r.tags_json) as string[],
    owner: r.owner,
    link: r.link,
    ticketId: r.ticket_id,
    origin: r.origin as EntryOrigin,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

function fields(e: FaqEntry) {
  return {
    kind: e.kind,
    question: e.question,
    alternates_json: JSON.stringify(e.alternates),
    answer: e.answer,
    tags_json: JSON.stringify(e.tags),
    owner: e.owner,
    link: e.link,
    ticket_id: e.ticketId,
    origin: e.origin,
    updated_at: e.updatedAt,
  };
}

export class SqlKbEntryRepository implements KbEntryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<FaqEntry[]> {
    const rows = await this.db.selectFrom('kb_entries').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();
    return rows.map(toEntry);
  }

  async find(id: string): Promise<StoredEntry | undefined> {
    const row = await this.db.selectFrom('kb_entries').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toEntry(row);
  }

  async insert(entry: FaqEntry, createdBy: string | null): Promise<boolean> {
    const result = await this.db
      .insertInto('kb_entries')
      .values({ id: entry.id, ...fields(entry), version: entry.version, created_by: createdBy, created_at: entry.createdAt, deleted_at: null })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async update(entry: FaqEntry, version: number): Promise<boolean> {
    const result = await this.db
      .updateTable('kb_entries')
      .set({ ...fields(entry), version: version + 1 })
      .where('id', '=', entry.id)
      .where('version', '=', version)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markDeleted(id: string, at: string): Promise<boolean> {
    const result = await this.db.updateTable('kb_entries').set({ deleted_at: at, updated_at: at }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
