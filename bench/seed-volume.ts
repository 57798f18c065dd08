import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../src/storage/schema.js';

/**
 * Generates a large, plausible year of community history straight into the tables (as the
 * services would have written it, activity rows included) for the Insights benchmark. Deterministic
 * for a given seed, so runs compare.
 */
export interface VolumeOptions {
  users: number;
  questions: number;
  requests: number;
  rsvps: number;
  /** How far back the history reaches, in days before `now`. */
  days: number;
  now: Date;
  seed?: number;
}

export const DEFAULT_VOLUME: Omit<VolumeOptions, 'now'> = { users: 5_000, questions: 100_000, requests: 10_000, rsvps: 50_000, days: 365 };

const DEPARTMENTS = ['Finance', 'HR', 'Sales', 'Operations', 'IT', 'Legal', 'Marketing', null];
const TYPES = ['Developer', 'Sandbox', 'Trial', 'Production'];
const STATES = ['provisioned', 'provisioned', 'provisioned', 'expired', 'rejected', 'pending-approval', 'cancelled', 'extended'];
const TOPICS = ['gateway instal', 'dlp polici connector', 'premium licens', 'env request sandbox', 'solut export alm', 'pac cli auth', 'dataverse table secur', 'copilot studio topic', 'flow trigger fail', 'share app guest'];
const PRODUCTS = ['power-apps', 'power-automate', 'power-bi', 'copilot-studio', 'power-pages', 'dataverse'];
const BATCH = 500;

/** mulberry32: a tiny, well-known deterministic PRNG (quality is irrelevant here, repeatability is not). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Table = keyof Database;

async function insertAll<T extends Table>(db: Kysely<Database>, table: T, rows: Array<Insertable<Database[T]>>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // Kysely's generic insert needs a concrete table type; the rows were built for `table`.
    await db.insertInto(table).values(rows.slice(i, i + BATCH) as never).execute();
  }
}

export async function seedVolume(db: Kysely<Database>, options: VolumeOptions): Promise<Record<string, number>> {
  const rnd = random(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const start = options.now.getTime() - options.days * 86_400_000;
  // Later days are busier: a growing community.
  const when = () => new Date(start + Math.sqrt(rnd()) * (options.now.getTime() - start - 3_600_000)).toISOString();
  const userId = (i: number) => `vol-user-${i}`;
  const activity: Array<Insertable<Database['activity']>> = [];
  const act = (kind: string, entityId: string, user: string, at: string) => activity.push({ kind, entity_id: entityId, user_id: user, at });

  const users = Array.from({ length: options.users }, (_, i) => ({
    id: userId(i),
    tenant_id: 'vol-tenant',
    aad_object_id: `vol-aad-${i}`,
    display_name: `Maker ${i}`,
    email: null,
    department: pick(DEPARTMENTS),
    time_zone: 'UTC',
    locale: 'en-US',
    notifications_opt_out: 0,
    created_at: new Date(start).toISOString(),
    last_seen_at: options.now.toISOString(),
    first_active_at: null,
  }));
  await insertAll(db, 'users', users);
  await insertAll(db, 'user_roles', users.slice(0, Math.ceil(options.users / 50)).map((u) => ({ user_id: u.id, role: 'champion', granted_by: null, granted_at: u.created_at })));

  const questions: Array<Insertable<Database['ask_questions']>> = [];
  const tickets: Array<Insertable<Database['ask_tickets']>> = [];
  for (let i = 0; i < options.questions; i++) {
    const at = when();
    const user = userId(Math.floor(rnd() * options.users));
    const answered = rnd() < 0.8 ? 1 : 0;
    const escalated = !answered && rnd() < 0.4 ? 1 : 0;
    const feedback = answered && rnd() < 0.3 ? (rnd() < 0.8 ? 'helpful' : 'not-helpful') : null;
    const topic = pick(TOPICS);
    const id = `vol-q-${i}`;
    questions.push({ id, asked_at: at, user_id: user, conversation_id: null, thread_id: null, channel: 'personal', question: `How do I ${topic.replace(/ /g, ' ')} (${i % 7})?`, normalized: `${topic} ${i % 7}`, answered, confidence: answered ? 0.8 : 0.2, top_source_path: null, top_source_title: null, composed_by: 'retrieval', answer_json: '{}', feedback, feedback_at: feedback ? at : null, escalated, ticket_id: escalated ? `vol-t-${i}` : null });
    act('asked', id, user, at);
    if (escalated) {
      const answeredAt = rnd() < 0.85 ? new Date(Date.parse(at) + rnd() * 72 * 3_600_000).toISOString() : null;
      tickets.push({ id: `vol-t-${i}`, number: tickets.length + 1, question_id: id, asker_id: user, question: 'q', conversation_id: null, thread_id: null, state: answeredAt ? 'answered' : 'open', assignee_id: null, answer: answeredAt ? 'a' : null, answered_by: null, answered_at: answeredAt, closed_at: null, kb_entry_id: null, version: 1, created_at: at, updated_at: answeredAt ?? at });
    }
  }
  await insertAll(db, 'ask_questions', questions);
  await insertAll(db, 'ask_tickets', tickets);

  const requests: Array<Insertable<Database['environment_requests']>> = [];
  for (let i = 0; i < options.requests; i++) {
    const at = when();
    const user = userId(Math.floor(rnd() * options.users));
    const status = pick(STATES);
    const decided = status === 'pending-approval' ? null : new Date(Date.parse(at) + rnd() * 24 * 3_600_000).toISOString();
    const provisioned = ['provisioned', 'expired', 'extended'].includes(status) ? new Date(Date.parse(decided!) + rnd() * 6 * 3_600_000).toISOString() : null;
    const expires = provisioned ? new Date(Date.parse(provisioned) + 30 * 86_400_000).toISOString() : null;
    const id = `vol-r-${i}`;
    requests.push({ id, reference: `ENV-V${i}`, requester_id: user, submission_key: id, display_name: `Env ${i}`, env_type: pick(TYPES), region: 'europe', justification: 'volume', dataverse: 0, language_lcid: null, currency_code: null, security_group_id: null, data_classification: 'internal', expected_users: 5, duration_days: 30, status, approval: decided ? 'admin' : null, decided_by: null, decided_at: decided, decision_comment: null, provisioner: 'manual', environment_id: null, environment_url: null, failure_reason: null, expires_at: expires, provisioned_at: provisioned, expiry_warned_at: null, pending_extension_json: null, extensions_granted: 0, admin_card_posted: 0, checks_json: '[]', created_at: at, updated_at: at, version: 1 });
    act('requested-environment', id, user, at);
  }
  await insertAll(db, 'environment_requests', requests);

  const eventCount = Math.max(1, Math.ceil(options.rsvps / 100));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const starts = when();
    return { id: `vol-e-${i}`, title: `Community call ${i}`, description: 'volume', type: 'community-call', starts_at: starts, ends_at: new Date(Date.parse(starts) + 3_600_000).toISOString(), time_zone: 'UTC', meeting_url: null, location: null, capacity: rnd() < 0.5 ? 150 : null, audience_note: null, status: rnd() < 0.05 ? 'cancelled' : 'scheduled', version: 1, schedule_version: 1, rsvp_version: 1, created_by: null, created_at: starts, updated_at: starts, cancelled_at: null, cancel_reason: null };
  });
  await insertAll(db, 'events', events);
  const rsvps: Array<Insertable<Database['event_rsvps']>> = [];
  const feedback: Array<Insertable<Database['event_feedback']>> = [];
  const answered = new Set<string>();
  for (let i = 0; i < options.rsvps; i++) {
    const event = events[i % eventCount]!;
    const user = userId((Math.floor(i / eventCount) * 7919 + i) % options.users);
    if (answered.has(`${event.id}|${user}`)) continue;
    answered.add(`${event.id}|${user}`);
    const at = new Date(Date.parse(event.starts_at) - rnd() * 14 * 86_400_000).toISOString();
    const response = rnd() < 0.8 ? 'going' : pick(['maybe', 'not-going']);
    rsvps.push({ event_id: event.id, user_id: user, response, waitlisted: 0, going_since: response === 'going' ? at : null, updated_at: at });
    if (response === 'going') {
      act('rsvp-going', event.id, user, at);
      if (rnd() < 0.2) feedback.push({ event_id: event.id, user_id: user, rating: 1 + Math.floor(rnd() * 5), comment: null, submitted_at: event.ends_at });
    }
  }
  await insertAll(db, 'event_rsvps', rsvps);
  await insertAll(db, 'event_feedback', feedback);

  const paths = Array.from({ length: 6 }, (_, i) => ({ id: `vol-p-${i}`, slug: `vol-path-${i}`, title: `Path ${i}`, summary: 's', audience: 'new-maker', level: 'beginner', position: i, retired_at: null, created_at: new Date(start).toISOString(), updated_at: new Date(start).toISOString() }));
  await insertAll(db, 'training_paths', paths);
  const modules = paths.flatMap((p) => Array.from({ length: 4 }, (_, j) => ({ id: `${p.id}-m${j}`, path_id: p.id, position: j, title: `Module ${j}`, description: 'd', url: 'https://learn.microsoft.com/', minutes: 15, kind: 'learn', retired_at: null, created_at: p.created_at, updated_at: p.created_at })));
  await insertAll(db, 'training_modules', modules);
  const progress: Array<Insertable<Database['training_progress']>> = [];
  const completions: Array<Insertable<Database['training_completions']>> = [];
  for (let u = 0; u < options.users; u += 2) {
    const path = paths[u % paths.length]!;
    let at = when();
    const done = 1 + Math.floor(rnd() * 4);
    for (let j = 0; j < done; j++) {
      progress.push({ user_id: userId(u), module_id: `${path.id}-m${j}`, completed_at: at });
      act('module-completed', `${path.id}-m${j}`, userId(u), at);
      at = new Date(Math.min(Date.parse(at) + rnd() * 5 * 86_400_000, options.now.getTime() - 1)).toISOString();
    }
    if (done === 4) completions.push({ user_id: userId(u), path_id: path.id, completed_at: progress.at(-1)!.completed_at });
  }
  await insertAll(db, 'training_progress', progress);
  await insertAll(db, 'training_completions', completions);

  const stories = Array.from({ length: Math.ceil(options.users / 5) }, (_, i) => {
    const at = when();
    const user = userId(i * 3 % options.users);
    act('story-submitted', `vol-s-${i}`, user, at);
    const published = rnd() < 0.8;
    return { id: `vol-s-${i}`, author_id: user, submission_key: `vol-s-${i}`, title: `Story ${i}`, problem: 'p', solution: 's', products_json: JSON.stringify([pick(PRODUCTS), pick(PRODUCTS)].filter((p, k, all) => all.indexOf(p) === k)), hours_saved_per_month: Math.round(rnd() * 400) / 10, people_served: Math.floor(rnd() * 500), cost_avoided: null, currency: null, department: pick(DEPARTMENTS) ?? 'IT', image_url: null, link_url: null, status: published ? 'published' : 'pending', moderation_comment: null, moderated_by: null, moderated_at: null, published_at: published ? at : null, kudos_count: 0, showcase_posts_json: '[]', review_card_json: null, created_at: at, updated_at: at, version: 1 };
  });
  await insertAll(db, 'stories', stories);

  await insertAll(db, 'activity', activity);
  await sql`update users set first_active_at = (select min(a.at) from activity a where a.user_id = users.id) where id like 'vol-user-%'`.execute(db);
  return { users: users.length, questions: questions.length, tickets: tickets.length, requests: requests.length, events: events.length, rsvps: rsvps.length, modulesCompleted: progress.length, stories: stories.length, activity: activity.length };
}
