import type { Kysely, Migration } from 'kysely';

/**
 * Export, erasure and retention look rows up by person and by age: without these, each erasure
 * and each daily retention run would read the whole audit trail and outbox.
 */
export const privacy: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('audit_actor').on('audit').columns(['actor_id', 'at']).execute();
    await db.schema.createIndex('outbox_recipient').on('outbox').column('recipient_user_id').execute();
    await db.schema.createIndex('outbox_retention').on('outbox').columns(['state', 'updated_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('outbox_retention').execute();
    await db.schema.dropIndex('outbox_recipient').execute();
    await db.schema.dropIndex('audit_actor').execute();
  },
};
