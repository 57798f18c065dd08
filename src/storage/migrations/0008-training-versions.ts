import type { Kysely, Migration } from 'kysely';

/**
 * Optimistic concurrency for training content: each path and module carries the version of its own
 * fields, which an edit names and bumps, so two admins editing at once cannot silently overwrite each
 * other (docs/training.md). Existing rows start at version 1 (the column default fills them).
 */
export const trainingVersions: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['training_paths', 'training_modules'])
      await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['training_modules', 'training_paths']) await db.schema.alterTable(table).dropColumn('version').execute();
  },
};
