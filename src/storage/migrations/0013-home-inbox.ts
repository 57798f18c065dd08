import type { Kysely, Migration } from 'kysely';

/**
 * Home and inbox. `inbox_items`: what happened to a person (their question answered, their
 * environment ready, their story published…), written by the services in the transaction of the
 * change itself. Every row belongs to exactly one person through `user_id` and holds no other
 * person's id or name, so erasing a person is `delete from inbox_items where user_id = ?`.
 * `users.welcome_dismissed_at`: the first-run welcome on Home, closed by the person.
 */
export const homeInbox: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('inbox_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      // What the item is about, so the same happening is written once (a retried change, kudos given twice).
      .addColumn('dedupe_key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text')
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('read_at', 'text')
      .execute();
    await db.schema.createIndex('inbox_items_user_key').on('inbox_items').columns(['user_id', 'dedupe_key']).unique().execute();
    // The list (newest first, paged by created_at then id) and the unread count, per person.
    await db.schema.createIndex('inbox_items_user_created').on('inbox_items').columns(['user_id', 'created_at', 'id']).execute();
    await db.schema.createIndex('inbox_items_user_unread').on('inbox_items').columns(['user_id', 'read_at']).execute();
    await db.schema.alterTable('users').addColumn('welcome_dismissed_at', 'text').execute();
    // Home's community section: the newest announcements and FAQ entries.
    await db.schema.createIndex('event_announcements_at').on('event_announcements').column('announced_at').execute();
    await db.schema.createIndex('kb_entries_created').on('kb_entries').column('created_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('kb_entries_created').execute();
    await db.schema.dropIndex('event_announcements_at').execute();
    await db.schema.alterTable('users').dropColumn('welcome_dismissed_at').execute();
    await db.schema.dropTable('inbox_items').execute();
  },
};
