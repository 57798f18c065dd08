import type { Kysely, Migration } from 'kysely';

/** Environment requests and their background provisioning jobs. */
export const environments: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('environment_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.notNull().unique())
      .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
      // The form instance the request came from: the same form submitted twice is one request.
      .addColumn('submission_key', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('env_type', 'text', (c) => c.notNull())
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('justification', 'text', (c) => c.notNull())
      .addColumn('dataverse', 'integer', (c) => c.notNull())
      .addColumn('language_lcid', 'integer')
      .addColumn('currency_code', 'text')
      .addColumn('security_group_id', 'text')
      .addColumn('data_classification', 'text', (c) => c.notNull())
      .addColumn('expected_users', 'integer', (c) => c.notNull())
      .addColumn('duration_days', 'integer')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('approval', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'text')
      .addColumn('decision_comment', 'text')
      .addColumn('provisioner', 'text', (c) => c.notNull())
      .addColumn('environment_id', 'text')
      .addColumn('environment_url', 'text')
      .addColumn('failure_reason', 'text')
      .addColumn('expires_at', 'text')
      .addColumn('expiry_warned_at', 'text')
      .addColumn('pending_extension_json', 'text')
      .addColumn('extensions_granted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('admin_card_posted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('checks_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addUniqueConstraint('environment_requests_submission', ['requester_id', 'submission_key'])
      .execute();
    await db.schema.createIndex('environment_requests_requester').on('environment_requests').columns(['requester_id', 'env_type', 'status']).execute();
    await db.schema.createIndex('environment_requests_status').on('environment_requests').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('environment_requests_expiry').on('environment_requests').column('expires_at').execute();

    await db.schema
      .createTable('environment_provisioning_jobs')
      .addColumn('request_id', 'text', (c) => c.primaryKey().references('environment_requests.id').onDelete('cascade'))
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('checkpoint_json', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_run_at', 'text', (c) => c.notNull())
      .addColumn('deadline_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('environment_provisioning_jobs_due').on('environment_provisioning_jobs').columns(['state', 'next_run_at']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('environment_provisioning_jobs').execute();
    await db.schema.dropTable('environment_requests').execute();
  },
};
