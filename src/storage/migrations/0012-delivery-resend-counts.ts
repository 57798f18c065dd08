import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The delivery report counts every in-doubt send, not every row: a message can be in doubt more
 * than once (a crash, then a timeout after the restart) and each unverified resend may be one more
 * copy a person sees. Each outbox row counts its unverified resends and its lookups that found the
 * message already posted. Rows from before keep what their last outcome said (one of either).
 */
export const deliveryResendCounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').addColumn('in_doubt_resends', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('outbox').addColumn('in_doubt_finds', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await sql`UPDATE outbox SET in_doubt_resends = 1 WHERE in_doubt = 'unknown'`.execute(db);
    await sql`UPDATE outbox SET in_doubt_finds = 1 WHERE in_doubt = 'found'`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').dropColumn('in_doubt_finds').execute();
    await db.schema.alterTable('outbox').dropColumn('in_doubt_resends').execute();
  },
};
