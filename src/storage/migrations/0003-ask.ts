import type { Kysely, Migration } from 'kysely';

/** The knowledge base (FAQ entries, ingested documents and their sections), the questions log and tickets. */
export const ask: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('kb_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('alternates_json', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('tags_json', 'text', (c) => c.notNull())
      .addColumn('owner', 'text')
      .addColumn('link', 'text')
      .addColumn('ticket_id', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();

    await db.schema
      .createTable('kb_documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('url', 'text')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('section_count', 'integer', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('kb_documents_root_path', ['root', 'path'])
      .execute();

    await db.schema
      .createTable('kb_sections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('kb_documents.id').onDelete('cascade'))
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('heading', 'text')
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('anchor', 'text')
      .addColumn('parents_json', 'text', (c) => c.notNull())
      .addColumn('markdown', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('kb_sections_document').on('kb_sections').columns(['document_id', 'ordinal']).execute();

    await db.schema
      .createTable('kb_state')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('ask_questions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('asked_at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text')
      .addColumn('conversation_id', 'text')
      .addColumn('thread_id', 'text')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('normalized', 'text', (c) => c.notNull())
      .addColumn('answered', 'integer', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .addColumn('top_source_path', 'text')
      .addColumn('top_source_title', 'text')
      .addColumn('composed_by', 'text', (c) => c.notNull())
      .addColumn('answer_json', 'text', (c) => c.notNull())
      .addColumn('feedback', 'text')
      .addColumn('feedback_at', 'text')
      .addColumn('escalated', 'integer', (c) => c.notNull())
      .addColumn('ticket_id', 'text')
      .execute();
    // The KPI dashboard and the knowledge-gaps report read by time and by outcome.
    await db.schema.createIndex('ask_questions_asked_at').on('ask_questions').column('asked_at').execute();
    await db.schema.createIndex('ask_questions_normalized').on('ask_questions').columns(['answered', 'normalized']).execute();

    await db.schema
      .createTable('ask_tickets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('number', 'integer', (c) => c.notNull().unique())
      .addColumn('question_id', 'text', (c) => c.unique())
      .addColumn('asker_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('question', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text')
      .addColumn('thread_id', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('assignee_id', 'text')
      .addColumn('answer', 'text')
      .addColumn('answered_by', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('closed_at', 'text')
      .addColumn('kb_entry_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('ask_tickets_asker').on('ask_tickets').column('asker_id').execute();
    await db.schema.createIndex('ask_tickets_state').on('ask_tickets').columns(['state', 'updated_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['ask_tickets', 'ask_questions', 'kb_state', 'kb_sections', 'kb_documents', 'kb_entries']) await db.schema.dropTable(table).execute();
  },
};
