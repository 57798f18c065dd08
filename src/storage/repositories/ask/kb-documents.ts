import type { Kysely, Selectable } from 'kysely';
import type { KbDocumentRepository } from '../../../domain/ask/repository.js';
import type { KbDocument, KbDocumentWithSections, KbSection } from '../../../domain/ask/types.js';
import type { Database } from '../../schema.js';
import type { KbDocumentsTable, KbSectionsTable } from '../../schema-ask.js';

const STATE_KEY = 'kb';

function toDocument(r: Selectable<KbDocumentsTable>): KbDocument {
  return {
    id: r.id,
    root: r.root,
    path: r.path,
    title: r.title,
    description: r.description,
    url: r.url,
    contentHash: r.content_hash,
    sectionCount: Number(r.section_count),
    ingestedAt: r.ingested_at,
    updatedAt: r.updated_at,
  };
}

function toSection(r: Selectable<KbSectionsTable>): KbSection {
  return {
    id: r.id,
    documentId: r.document_id,
    ordinal: Number(r.ordinal),
    heading: r.heading,
    level: Number(r.level),
    anchor: r.anchor,
    parents: JSON.parse(r.parents_json) as string[],
    markdown: r.markdown,
  };
}

/** Rows per multi-row insert: well below SQLite's and PostgreSQL's parameter limits (8 columns each). */
const INSERT_CHUNK = 100;

export class SqlKbDocumentRepository implements KbDocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(root?: string): Promise<KbDocument[]> {
    let q = this.db.selectFrom('kb_documents').selectAll();
    if (root) q = q.where('root', '=', root);
    return (await q.orderBy('root').orderBy('path').execute()).map(toDocument);
  }

  async find(root: string, path: string): Promise<KbDocument | undefined> {
    const row = await this.db.selectFrom('kb_documents').selectAll().where('root', '=', root).where('path', '=', path).executeTakeFirst();
    return row && toDocument(row);
  }

  async save(d: KbDocument, sections: readonly KbSection[]): Promise<void> {
    const values = {
      root: d.root,
      path: d.path,
      title: d.title,
      description: d.description,
      url: d.url,
      content_hash: d.contentHash,
      section_count: d.sectionCount,
      ingested_at: d.ingestedAt,
      updated_at: d.updatedAt,
    };
    await this.db
      .insertInto('kb_documents')
      .values({ id: d.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    await this.db.deleteFrom('kb_sections').where('document_id', '=', d.id).execute();
    for (let i = 0; i < sections.length; i += INSERT_CHUNK) {
      const rows = sections.slice(i, i + INSERT_CHUNK).map((s) => ({
        id: s.id,
        document_id: d.id,
        ordinal: s.ordinal,
        heading: s.heading,
        level: s.level,
        anchor: s.anchor,
        parents_json: JSON.stringify(s.parents),
        markdown: s.markdown,
      }));
      await this.db.insertInto('kb_sections').values(rows).execute();
    }
  }

  async delete(id: string): Promise<void> {
    // Sections go explicitly too: SQLite only cascades with foreign_keys on, which a foreign connection may not have.
    await this.db.deleteFrom('kb_sections').where('document_id', '=', id).execute();
    await this.db.deleteFrom('kb_documents').where('id', '=', id).execute();
  }

  async loadAll(): Promise<KbDocumentWithSections[]> {
    const documents = (await this.db.selectFrom('kb_documents').selectAll().orderBy('root').orderBy('path').execute()).map(toDocument);
    const sections = (await this.db.selectFrom('kb_sections').selectAll().orderBy('document_id').orderBy('ordinal').execute()).map(toSection);
    const byDocument = new Map<string, KbSection[]>();
    for (const s of sections) byDocument.set(s.documentId, [...(byDocument.get(s.documentId) ?? []), s]);
    return documents.map((document) => ({ document, sections: byDocument.get(document.id) ?? [] }));
  }

  async load(id: string): Promise<KbDocumentWithSections | undefined> {
    const row = await this.db.selectFrom('kb_documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const sections = await this.db.selectFrom('kb_sections').selectAll().where('document_id', '=', id).orderBy('ordinal').execute();
    return { document: toDocument(row), sections: sections.map(toSection) };
  }

  async revision(): Promise<number> {
    const row = await this.db.selectFrom('kb_state').select('revision').where('key', '=', STATE_KEY).executeTakeFirst();
    return row ? Number(row.revision) : 0;
  }

  async bumpRevision(at: string): Promise<number> {
    await this.db
      .insertInto('kb_state')
      .values({ key: STATE_KEY, revision: 1, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ revision: eb('kb_state.revision', '+', 1), updated_at: at })))
      .execute();
    return this.revision();
  }
}
