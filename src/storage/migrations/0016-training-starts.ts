import type { Kysely, Migration } from 'kysely';

/**
 * A module opened counts as started (#19): one row per person and module, with the opaque token
 * of the card's "Open module" link (the card cannot carry the person's sign-in, the token names
 * them) and when they first opened it (null while the link was only shown).
 */
export const trainingStarts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('training_starts')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('module_id', 'text', (c) => c.notNull().references('training_modules.id').onDelete('cascade'))
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('started_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_starts_pk', ['user_id', 'module_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('training_starts').execute();
  },
};
