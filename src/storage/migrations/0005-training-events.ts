import type { Kysely, Migration } from 'kysely';

/** Training paths with per-user progress; community events with RSVPs, announcements and feedback. */
export const trainingEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('training_paths')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull())
      .addColumn('audience', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('retired_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('training_modules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('path_id', 'text', (c) => c.notNull().references('training_paths.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('retired_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('training_modules_path').on('training_modules').columns(['path_id', 'position']).execute();

    await db.schema
      .createTable('training_progress')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('module_id', 'text', (c) => c.notNull().references('training_modules.id').onDelete('cascade'))
      .addColumn('completed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_progress_pk', ['user_id', 'module_id'])
      .execute();

    await db.schema
      .createTable('training_completions')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('path_id', 'text', (c) => c.notNull().references('training_paths.id').onDelete('cascade'))
      .addColumn('completed_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('training_completions_pk', ['user_id', 'path_id'])
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('starts_at', 'text', (c) => c.notNull())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('meeting_url', 'text')
      .addColumn('location', 'text')
      .addColumn('capacity', 'integer')
      .addColumn('audience_note', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('schedule_version', 'integer', (c) => c.notNull())
      .addColumn('rsvp_version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('cancelled_at', 'text')
      .addColumn('cancel_reason', 'text')
      .execute();
    await db.schema.createIndex('events_starts').on('events').column('starts_at').execute();
    await db.schema.createIndex('events_ends').on('events').column('ends_at').execute();

    await db.schema
      .createTable('event_rsvps')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('waitlisted', 'integer', (c) => c.notNull())
      .addColumn('going_since', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_rsvps_pk', ['event_id', 'user_id'])
      .execute();
    await db.schema.createIndex('event_rsvps_user').on('event_rsvps').column('user_id').execute();

    await db.schema
      .createTable('event_announcements')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('conversation_id', 'text', (c) => c.notNull())
      .addColumn('message_key', 'text', (c) => c.notNull())
      .addColumn('announced_by', 'text')
      .addColumn('announced_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_announcements_pk', ['event_id', 'conversation_id'])
      .execute();

    await db.schema
      .createTable('event_feedback')
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('rating', 'integer', (c) => c.notNull())
      .addColumn('comment', 'text')
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('event_feedback_pk', ['event_id', 'user_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['event_feedback', 'event_announcements', 'event_rsvps', 'events', 'training_completions', 'training_progress', 'training_modules', 'training_paths'])
      await db.schema.dropTable(table).execute();
  },
};
