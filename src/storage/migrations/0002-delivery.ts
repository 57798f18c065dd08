import type { Kysely, Migration } from 'kysely';

/**
 * The delivery engine: the outbox, its batches (delivery reports), one lane per conversation
 * (claimed by one worker at a time) and worker heartbeats; conversations learn when Teams refused
 * to deliver to them.
 */
export const delivery: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('delivery_batches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('cancelled_by', 'text')
      .execute();
    await db.schema.createIndex('delivery_batches_created').on('delivery_batches').column('created_at').execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
      .addColumn('operation', 'text', (c) => c.notNull())
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('reply_to_activity_id', 'text')
      .addColumn('target_key', 'text')
      .addColumn('template', 'text', (c) => c.notNull())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('essential', 'integer', (c) => c.notNull())
      .addColumn('recipient_user_id', 'text')
      // No foreign key: a batch id may name a batch opened later in the same transaction.
      .addColumn('batch_id', 'text')
      .addColumn('not_before', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('claimed_by', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('activity_id', 'text')
      .addColumn('last_error', 'text')
      .addColumn('last_status', 'integer')
      .addColumn('in_doubt', 'text')
      .addColumn('in_doubt_since', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('attempted_at', 'text')
      .addColumn('sent_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // Due work (the safety sweep, "what is waiting"), a lane's queue, reports per batch,
    // rate-limit memory per conversation, and the updates waiting on one target.
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'not_before']).execute();
    await db.schema.createIndex('outbox_lane').on('outbox').columns(['conversation_id', 'state', 'id']).execute();
    await db.schema.createIndex('outbox_batch').on('outbox').columns(['batch_id', 'state']).execute();
    await db.schema.createIndex('outbox_conversation_attempts').on('outbox').columns(['conversation_id', 'attempted_at']).execute();
    await db.schema.createIndex('outbox_target').on('outbox').columns(['target_key', 'state']).execute();

    await db.schema
      .createTable('delivery_lanes')
      .addColumn('conversation_id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('next_at', 'text')
      .addColumn('claimed_by', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_holder', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('delivery_lanes_next').on('delivery_lanes').column('next_at').execute();

    await db.schema
      .createTable('delivery_workers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('heartbeat_at', 'text', (c) => c.notNull())
      .execute();

    // One column per statement: SQLite adds a single column per ALTER TABLE.
    await db.schema.alterTable('conversations').addColumn('unreachable_at', 'text').execute();
    await db.schema.alterTable('conversations').addColumn('unreachable_reason', 'text').execute();
    await db.schema.alterTable('conversations').addColumn('team_aad_group_id', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const column of ['team_aad_group_id', 'unreachable_reason', 'unreachable_at']) await db.schema.alterTable('conversations').dropColumn(column).execute();
    for (const table of ['delivery_workers', 'delivery_lanes', 'outbox', 'delivery_batches']) await db.schema.dropTable(table).execute();
  },
};
