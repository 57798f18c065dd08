import type { Kysely, Migration } from 'kysely';

/**
 * What a maker adds around a question (#19): the reason for a 👎 (one choice and optional words),
 * the details given before a ticket is created, and the maker's reply to an expert's answer.
 */
export const askFollowUps: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('ask_questions').addColumn('feedback_reason', 'text').execute();
    await db.schema.alterTable('ask_questions').addColumn('feedback_note', 'text').execute();
    await db.schema.alterTable('ask_tickets').addColumn('details', 'text').execute();
    await db.schema.alterTable('ask_tickets').addColumn('maker_reply', 'text').execute();
    await db.schema.alterTable('ask_tickets').addColumn('maker_reply_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('ask_tickets').dropColumn('maker_reply_at').execute();
    await db.schema.alterTable('ask_tickets').dropColumn('maker_reply').execute();
    await db.schema.alterTable('ask_tickets').dropColumn('details').execute();
    await db.schema.alterTable('ask_questions').dropColumn('feedback_note').execute();
    await db.schema.alterTable('ask_questions').dropColumn('feedback_reason').execute();
  },
};
