import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.js';

/**
 * A small, hand-built community whose every figure is worked out by hand in tests/insights/figures-suite.ts.
 * Rows go straight into the tables (with their activity rows, as the services write them) so each
 * timestamp is exactly where the expected numbers need it: the period under test is 2026-11-01 to
 * 2026-11-15, the one before it 2026-10-17 to 2026-10-31, and "now" is 2026-11-20T12:00Z.
 */
export const FIXTURE_NOW = new Date('2026-11-20T12:00:00.000Z');
export const FIXTURE_TENANT = '00000000-0000-0000-0000-0000000000aa';

export const PEOPLE = {
  ana: { id: 'u-ana', name: 'Ana Analyst', department: 'Finance' },
  ben: { id: 'u-ben', name: 'Ben Builder', department: 'Finance' },
  cy: { id: 'u-cy', name: 'Cy Citizen', department: null },
  dee: { id: 'u-dee', name: 'Dee Developer', department: 'HR' },
  eve: { id: 'u-eve', name: 'Eve Champion', department: 'IT' },
} as const;

type Person = keyof typeof PEOPLE;

export async function buildInsightsFixture(db: Kysely<Database>): Promise<void> {
  const activity = (kind: string, entityId: string, who: Person, at: string) =>
    db.insertInto('activity').values({ kind, entity_id: entityId, user_id: PEOPLE[who].id, at }).execute();

  let n = 0;
  for (const [key, p] of Object.entries(PEOPLE)) {
    n++;
    await db
      .insertInto('users')
      .values({
        id: p.id,
        tenant_id: FIXTURE_TENANT,
        aad_object_id: `00000000-0000-0000-0000-00000000000${n}`,
        display_name: p.name,
        email: `${key}@example.com`,
        department: p.department,
        time_zone: 'UTC',
        locale: 'en-US',
        notifications_opt_out: 0,
        created_at: '2026-10-01T00:00:00.000Z',
        last_seen_at: '2026-10-01T00:00:00.000Z',
      })
      .execute();
  }
  await db.insertInto('user_roles').values({ user_id: PEOPLE.eve.id, role: 'champion', granted_by: null, granted_at: '2026-10-01T00:00:00.000Z' }).execute();

  // Questions: [id, who, day, answered, feedback, escalated, normalized]
  const questions: Array<[string, Person | null, string, number, string | null, number, string]> = [
    ['q1', 'ana', '2026-11-02', 1, 'helpful', 0, 'env request'],
    ['q2', 'ben', '2026-11-03', 0, null, 1, 'dlp polici connector'],
    ['q3', 'cy', '2026-11-05', 0, null, 0, 'dlp polici connector block'],
    ['q4', 'ana', '2026-11-06', 1, 'not-helpful', 0, 'licens premium'],
    ['q5', 'ben', '2026-11-07', 1, 'helpful', 0, 'naming convent'],
    ['q6', null, '2026-11-08', 0, null, 0, 'manag'],
    ['q7', 'ana', '2026-10-20', 1, 'helpful', 0, 'env request'],
  ];
  for (const [id, who, day, answered, feedback, escalated, normalized] of questions) {
    const at = `${day}T09:00:00.000Z`;
    await db
      .insertInto('ask_questions')
      .values({
        id,
        asked_at: at,
        user_id: who ? PEOPLE[who].id : null,
        conversation_id: null,
        thread_id: null,
        channel: 'personal',
        question: `Question ${id}: ${normalized}?`,
        normalized,
        answered,
        confidence: answered ? 0.9 : 0.1,
        top_source_path: null,
        top_source_title: null,
        composed_by: 'retrieval',
        answer_json: '{}',
        feedback,
        feedback_at: feedback ? at : null,
        escalated,
        ticket_id: id === 'q2' ? 't1' : null,
      })
      .execute();
    if (who) await activity('asked', id, who, at);
  }

  // Tickets: [id, asker, question, created, answered]: expert answer times 4 h and 48 h now, 6 h before.
  const tickets: Array<[string, Person, string | null, string, string]> = [
    ['t1', 'ben', 'q2', '2026-11-03T10:00:00.000Z', '2026-11-03T14:00:00.000Z'],
    ['t2', 'ana', null, '2026-10-30T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ['t3', 'dee', null, '2026-10-20T00:00:00.000Z', '2026-10-20T06:00:00.000Z'],
  ];
  for (const [i, [id, who, questionId, created, answered]] of tickets.entries()) {
    await db
      .insertInto('ask_tickets')
      .values({
        id,
        number: i + 1,
        question_id: questionId,
        asker_id: PEOPLE[who].id,
        question: `Ticket ${id}`,
        conversation_id: null,
        thread_id: null,
        state: 'answered',
        assignee_id: PEOPLE.eve.id,
        answer: 'An answer',
        answered_by: PEOPLE.eve.id,
        answered_at: answered,
        closed_at: null,
        kb_entry_id: null,
        version: 1,
        created_at: created,
        updated_at: answered,
      })
      .execute();
  }

  // Environment requests: [id, who, type, status, created, decided, provisioned, expires]
  const requests: Array<[string, Person, string, string, string, string | null, string | null, string | null]> = [
    ['r1', 'cy', 'Developer', 'provisioned', '2026-11-10T00:00:00.000Z', '2026-11-10T00:00:00.000Z', '2026-11-10T06:00:00.000Z', '2026-11-25T00:00:00.000Z'],
    ['r2', 'ana', 'Sandbox', 'rejected', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z', null, null],
    ['r3', 'ben', 'Sandbox', 'provisioned', '2026-11-04T00:00:00.000Z', '2026-11-04T12:00:00.000Z', '2026-11-05T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['r4', 'ben', 'Production', 'pending-approval', '2026-11-12T00:00:00.000Z', null, null, null],
    ['r5', 'dee', 'Developer', 'expired', '2026-10-20T00:00:00.000Z', '2026-10-20T00:00:00.000Z', '2026-10-21T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
  ];
  for (const [id, who, type, status, created, decided, provisioned, expires] of requests) {
    await db
      .insertInto('environment_requests')
      .values({
        id,
        reference: `ENV-${id.toUpperCase()}`,
        requester_id: PEOPLE[who].id,
        submission_key: id,
        display_name: `Env ${id}`,
        env_type: type,
        region: 'europe',
        justification: 'Testing the dashboard',
        dataverse: 0,
        language_lcid: null,
        currency_code: null,
        security_group_id: null,
        data_classification: 'internal',
        expected_users: 3,
        duration_days: 30,
        status,
        approval: decided ? 'admin' : null,
        decided_by: null,
        decided_at: decided,
        decision_comment: null,
        provisioner: 'manual',
        environment_id: null,
        environment_url: null,
        failure_reason: null,
        expires_at: expires,
        provisioned_at: provisioned,
        expiry_warned_at: null,
        pending_extension_json: null,
        extensions_granted: 0,
        admin_card_posted: 0,
        checks_json: '[]',
        created_at: created,
        updated_at: created,
        version: 1,
      })
      .execute();
    await activity('requested-environment', id, who, created);
  }

  // Stories: [id, who, status, created, published, products, hours, people]
  const stories: Array<[string, Person, string, string, string | null, string[], number | null, number | null]> = [
    ['s1', 'ana', 'published', '2026-11-05T09:00:00.000Z', '2026-11-05T10:00:00.000Z', ['power-apps', 'dataverse'], 10, 50],
    ['s2', 'ben', 'published', '2026-11-14T09:00:00.000Z', '2026-11-14T10:00:00.000Z', ['power-automate'], 5.5, 20],
    ['s3', 'cy', 'pending', '2026-11-15T23:59:59.000Z', null, ['power-apps'], 100, 1000],
    ['s4', 'dee', 'published', '2026-10-25T09:00:00.000Z', '2026-10-25T10:00:00.000Z', ['power-apps'], 3, 7],
  ];
  for (const [id, who, status, created, published, products, hours, people] of stories) {
    await db
      .insertInto('stories')
      .values({
        id,
        author_id: PEOPLE[who].id,
        submission_key: id,
        title: `Story ${id}`,
        problem: 'A problem',
        solution: 'A solution',
        products_json: JSON.stringify(products),
        hours_saved_per_month: hours,
        people_served: people,
        cost_avoided: null,
        currency: null,
        department: 'Finance',
        image_url: null,
        link_url: null,
        status,
        moderation_comment: null,
        moderated_by: null,
        moderated_at: null,
        published_at: published,
        kudos_count: 0,
        showcase_posts_json: '[]',
        review_card_json: null,
        created_at: created,
        updated_at: created,
        version: 1,
      })
      .execute();
    await activity('story-submitted', id, who, created);
  }

  // Training: P1 (m1, m2), P2 (m3), P3 retired (m4).
  const paths: Array<[string, string, string | null, string[]]> = [
    ['P1', 'Power Apps basics', null, ['m1', 'm2']],
    ['P2', 'Automate your work', null, ['m3']],
    ['P3', 'Retired path', '2026-09-01T00:00:00.000Z', ['m4']],
  ];
  for (const [i, [id, title, retired, modules]] of paths.entries()) {
    const at = '2026-09-01T00:00:00.000Z';
    await db.insertInto('training_paths').values({ id, slug: id.toLowerCase(), title, summary: 'A path', audience: 'new-maker', level: 'beginner', position: i, retired_at: retired, created_at: at, updated_at: at }).execute();
    for (const [j, m] of modules.entries())
      await db.insertInto('training_modules').values({ id: m, path_id: id, position: j, title: `Module ${m}`, description: 'A module', url: 'https://learn.microsoft.com/', minutes: 10, kind: 'learn', retired_at: null, created_at: at, updated_at: at }).execute();
  }
  const progress: Array<[Person, string, string]> = [
    ['ana', 'm1', '2026-11-02T10:00:00.000Z'],
    ['ana', 'm2', '2026-11-09T10:00:00.000Z'],
    ['ben', 'm1', '2026-10-25T10:00:00.000Z'],
    ['ben', 'm3', '2026-11-11T10:00:00.000Z'],
    ['cy', 'm1', '2026-11-16T01:00:00.000Z'],
  ];
  for (const [who, module, at] of progress) {
    await db.insertInto('training_progress').values({ user_id: PEOPLE[who].id, module_id: module, completed_at: at }).execute();
    await activity('module-completed', module, who, at);
  }
  await db.insertInto('training_completions').values({ user_id: PEOPLE.ana.id, path_id: 'P1', completed_at: '2026-11-09T10:00:00.000Z' }).execute();
  await db.insertInto('training_completions').values({ user_id: PEOPLE.ben.id, path_id: 'P2', completed_at: '2026-11-11T10:00:00.000Z' }).execute();

  // Events: [id, starts, status, capacity]
  const events: Array<[string, string, string, number | null]> = [
    ['e1', '2026-11-04T15:00:00.000Z', 'scheduled', 10],
    ['e2', '2026-11-12T15:00:00.000Z', 'scheduled', null],
    ['e3', '2026-11-08T15:00:00.000Z', 'cancelled', 30],
    ['e4', '2026-11-15T10:00:00.000Z', 'scheduled', 5],
    ['e5', '2026-10-28T15:00:00.000Z', 'scheduled', 20],
    ['e6', '2026-11-20T15:00:00.000Z', 'scheduled', 8],
    ['e7', '2026-11-18T10:00:00.000Z', 'scheduled', 12],
  ];
  for (const [id, starts, status, capacity] of events) {
    const ends = new Date(Date.parse(starts) + 3_600_000).toISOString();
    await db
      .insertInto('events')
      .values({
        id,
        title: `Event ${id}`,
        description: 'An event',
        type: 'community-call',
        starts_at: starts,
        ends_at: ends,
        time_zone: 'UTC',
        meeting_url: null,
        location: null,
        capacity,
        audience_note: null,
        status,
        version: 1,
        schedule_version: 1,
        rsvp_version: 1,
        created_by: null,
        created_at: '2026-10-01T00:00:00.000Z',
        updated_at: '2026-10-01T00:00:00.000Z',
        cancelled_at: status === 'cancelled' ? '2026-11-07T00:00:00.000Z' : null,
        cancel_reason: null,
      })
      .execute();
  }
  // RSVPs: [event, who, response, waitlisted, at]
  const rsvps: Array<[string, Person, string, number, string]> = [
    ['e1', 'ana', 'going', 0, '2026-11-01T08:00:00.000Z'],
    ['e3', 'ana', 'going', 0, '2026-11-01T09:00:00.000Z'],
    ['e1', 'ben', 'going', 0, '2026-11-02T08:00:00.000Z'],
    ['e1', 'cy', 'going', 1, '2026-11-03T08:00:00.000Z'],
    ['e1', 'dee', 'maybe', 0, '2026-11-03T09:00:00.000Z'],
    ['e2', 'ben', 'going', 0, '2026-11-10T08:00:00.000Z'],
    ['e5', 'dee', 'going', 0, '2026-10-27T08:00:00.000Z'],
  ];
  for (const [event, who, response, waitlisted, at] of rsvps) {
    await db.insertInto('event_rsvps').values({ event_id: event, user_id: PEOPLE[who].id, response, waitlisted, going_since: response === 'going' ? at : null, updated_at: at }).execute();
    if (response === 'going') await activity('rsvp-going', event, who, at);
  }
  const feedback: Array<[string, Person, number]> = [
    ['e1', 'ana', 5],
    ['e1', 'ben', 4],
    ['e2', 'ben', 3],
    ['e5', 'dee', 2],
  ];
  for (const [event, who, rating] of feedback)
    await db.insertInto('event_feedback').values({ event_id: event, user_id: PEOPLE[who].id, rating, comment: null, submitted_at: '2026-11-16T00:00:00.000Z' }).execute();

  // As the services keep it: each person's first activity.
  for (const p of Object.values(PEOPLE)) {
    const first = await db.selectFrom('activity').select((eb) => eb.fn.min('at').as('at')).where('user_id', '=', p.id).executeTakeFirst();
    if (first?.at) await db.updateTable('users').set({ first_active_at: String(first.at) }).where('id', '=', p.id).execute();
  }
}
