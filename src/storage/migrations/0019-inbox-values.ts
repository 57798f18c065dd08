import type { Kysely, Migration } from 'kysely';

/**
 * Inbox items in the reader's language (#19): `values_json` holds what the tab needs to word an
 * item from its kind (a ticket number, a story's or event's title, a kudos count, the kinds of an
 * event change). Older rows keep null and show their stored English title and body.
 */
export const inboxValues: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('inbox_items').addColumn('values_json', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('inbox_items').dropColumn('values_json').execute();
  },
};
