import type { Kysely, Migration } from 'kysely';

/** Success stories and the kudos people give them. */
export const stories: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
      // The form instance the story came from: the same form submitted twice is one story.
      .addColumn('submission_key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('problem', 'text', (c) => c.notNull())
      .addColumn('solution', 'text', (c) => c.notNull())
      .addColumn('products_json', 'text', (c) => c.notNull())
      .addColumn('hours_saved_per_month', 'double precision')
      .addColumn('people_served', 'integer')
      .addColumn('cost_avoided', 'integer')
      .addColumn('currency', 'text')
      .addColumn('department', 'text', (c) => c.notNull())
      .addColumn('image_url', 'text')
      .addColumn('link_url', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('moderation_comment', 'text')
      .addColumn('moderated_by', 'text')
      .addColumn('moderated_at', 'text')
      .addColumn('published_at', 'text')
      // Kept in step with story_kudos in the same statement that changes it: the gallery sorts and shows it cheaply.
      .addColumn('kudos_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('showcase_posts_json', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('review_card_json', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addUniqueConstraint('stories_submission', ['author_id', 'submission_key'])
      .execute();
    await db.schema.createIndex('stories_status_published').on('stories').columns(['status', 'published_at']).execute();
    await db.schema.createIndex('stories_author').on('stories').columns(['author_id', 'created_at']).execute();

    await db.schema
      .createTable('story_kudos')
      .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('story_kudos_pk', ['story_id', 'user_id'])
      .execute();
    await db.schema.createIndex('story_kudos_user').on('story_kudos').column('user_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('story_kudos').execute();
    await db.schema.dropTable('stories').execute();
  },
};
