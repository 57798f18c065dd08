import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Measure: one row per thing that makes someone an active maker (the dashboard counts distinct
 * people per period from it), each person's first activity, and when a request was first
 * provisioned (lead time). Existing data is carried over so the dashboard is right from day one.
 */
export const insights: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('activity')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      // One row per person and thing: answering "going" twice, or completing a module again, is one activity.
      .addPrimaryKeyConstraint('activity_pk', ['kind', 'entity_id', 'user_id'])
      .execute();
    // Covering indexes: distinct people in a period, and one person's activity by day.
    await db.schema.createIndex('activity_at_user').on('activity').columns(['at', 'user_id']).execute();
    await db.schema.createIndex('activity_user_at').on('activity').columns(['user_id', 'at']).execute();
    // Distinct people per day read in day order straight from the index (a function call needs no parentheses on PostgreSQL).
    await sql`create index activity_day_user on activity (substr(at, 1, 10), user_id)`.execute(db);

    await db.schema.alterTable('users').addColumn('first_active_at', 'text').execute();
    await db.schema.createIndex('users_first_active_at').on('users').column('first_active_at').execute();
    await db.schema.alterTable('environment_requests').addColumn('provisioned_at', 'text').execute();
    await db.schema.createIndex('environment_requests_provisioned_at').on('environment_requests').column('provisioned_at').execute();
    await db.schema.createIndex('environment_requests_created_at').on('environment_requests').column('created_at').execute();
    await db.schema.createIndex('environment_requests_decided_at').on('environment_requests').column('decided_at').execute();
    // Knowledge gaps: only the unanswered and 👎 questions, with everything the grouping reads (no table lookups).
    await db.schema
      .createIndex('ask_questions_gaps')
      .on('ask_questions')
      .columns(['asked_at', 'normalized', 'answered', 'feedback', 'question'])
      .where(sql<boolean>`answered = 0 or feedback = 'not-helpful'`)
      .execute();
    // My activity reads one person's questions.
    await db.schema.createIndex('ask_questions_user').on('ask_questions').columns(['user_id', 'asked_at']).execute();
    await db.schema.createIndex('ask_tickets_answered_at').on('ask_tickets').column('answered_at').execute();
    // Covering index for the Ask figures of a period: no table lookups for 100,000s of questions.
    await db.schema.createIndex('ask_questions_kpi').on('ask_questions').columns(['asked_at', 'answered', 'escalated', 'feedback']).execute();
    await db.schema.createIndex('training_progress_completed_at').on('training_progress').column('completed_at').execute();
    await db.schema.createIndex('training_completions_completed_at').on('training_completions').column('completed_at').execute();

    await sql`insert into activity (kind, entity_id, user_id, at)
      select 'asked', id, user_id, asked_at from ask_questions where user_id is not null`.execute(db);
    await sql`insert into activity (kind, entity_id, user_id, at)
      select 'requested-environment', id, requester_id, created_at from environment_requests`.execute(db);
    await sql`insert into activity (kind, entity_id, user_id, at)
      select 'rsvp-going', event_id, user_id, coalesce(going_since, updated_at) from event_rsvps where response = 'going'`.execute(db);
    await sql`insert into activity (kind, entity_id, user_id, at)
      select 'module-completed', module_id, user_id, completed_at from training_progress`.execute(db);
    await sql`insert into activity (kind, entity_id, user_id, at)
      select 'story-submitted', id, author_id, created_at from stories`.execute(db);
    await sql`update users set first_active_at = (select min(a.at) from activity a where a.user_id = users.id)`.execute(db);
    // Before this column, the audit trail was the only record of when a request was provisioned.
    await sql`update environment_requests set provisioned_at = (
        select min(a.at) from audit a
        where a.entity_type = 'environment-request' and a.entity_id = environment_requests.id and a.after_json like '%"status":"provisioned"%')`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const index of [
      'activity_day_user',
      'training_completions_completed_at',
      'training_progress_completed_at',
      'ask_questions_kpi',
      'ask_questions_gaps',
      'ask_questions_user',
      'ask_tickets_answered_at',
      'environment_requests_decided_at',
      'environment_requests_created_at',
      'environment_requests_provisioned_at',
      'users_first_active_at',
    ])
      await db.schema.dropIndex(index).execute();
    await db.schema.alterTable('environment_requests').dropColumn('provisioned_at').execute();
    await db.schema.alterTable('users').dropColumn('first_active_at').execute();
    await db.schema.dropTable('activity').execute();
  },
};
