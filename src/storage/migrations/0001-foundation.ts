import type { Kysely, Migration } from 'kysely';

/** Users, roles, the audit trail and the conversations the app is installed in. */
export const foundation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('aad_object_id', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      .addColumn('department', 'text')
      .addColumn('time_zone', 'text')
      .addColumn('locale', 'text')
      .addColumn('notifications_opt_out', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('users_tenant_oid', ['tenant_id', 'aad_object_id'])
      .execute();

    await db.schema
      .createTable('user_roles')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('granted_by', 'text')
      .addColumn('granted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
      .execute();

    await db.schema
      .createTable('audit')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_kind', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('before_json', 'text')
      .addColumn('after_json', 'text')
      .addColumn('correlation_id', 'text')
      .execute();
    await db.schema.createIndex('audit_entity').on('audit').columns(['entity_type', 'entity_id']).execute();
    await db.schema.createIndex('audit_at').on('audit').column('at').execute();

    await db.schema
      .createTable('conversations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text')
      .addColumn('team_name', 'text')
      .addColumn('channel_id', 'text')
      .addColumn('channel_name', 'text')
      .addColumn('user_id', 'text')
      .addColumn('service_url', 'text', (c) => c.notNull())
      .addColumn('reference_json', 'text', (c) => c.notNull())
      .addColumn('installed', 'integer', (c) => c.notNull())
      .addColumn('installed_at', 'text', (c) => c.notNull())
      .addColumn('removed_at', 'text')
      .addColumn('welcomed_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('conversations_user').on('conversations').column('user_id').execute();
    await db.schema.createIndex('conversations_team').on('conversations').column('team_id').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['conversations', 'audit', 'user_roles', 'users']) await db.schema.dropTable(table).execute();
  },
};
