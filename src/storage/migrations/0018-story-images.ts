import type { Kysely, Migration } from 'kysely';

/**
 * Pictures uploaded for success stories (#19): kept in the database, so SQLite and PostgreSQL
 * deployments both hold them and nothing is ever written to a temporary file. The bytes live in a
 * table of their own (base64 text, the one column type both engines read alike), so the privacy
 * export lists a person's pictures without their bytes and erasure deletes both (cascade).
 * `token` is the random part of the anonymous address cards use (Teams fetches card images
 * without a sign-in); `stories.image_id` is the picture a story shows.
 */
export const storyImages: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('story_images')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull())
      .addColumn('content_type', 'text', (c) => c.notNull())
      .addColumn('byte_size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('story_images_author').on('story_images').column('author_id').execute();
    await db.schema
      .createTable('story_image_bytes')
      .addColumn('image_id', 'text', (c) => c.primaryKey().references('story_images.id').onDelete('cascade'))
      .addColumn('data_base64', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('stories').addColumn('image_id', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('stories').dropColumn('image_id').execute();
    await db.schema.dropTable('story_image_bytes').execute();
    await db.schema.dropTable('story_images').execute();
  },
};
