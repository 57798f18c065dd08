/**
 * Where a person's data lives: every table with a column that holds a person's id (users.id) or
 * words they wrote. Export reads it, erasure rewrites it, and tests/privacy/registry.test.ts fails
 * when a table of the live schema has a person-looking column this list does not account for —
 * so a new table (an inbox, say) is one more entry here, not a silent leak.
 *
 * - `people`: columns holding a users.id. Erasure points them at the erased person's pseudonym, so
 *   counts stay and are attributed to "Erased person".
 * - `owner`: the column naming whose record the row is; export returns the rows where it is them.
 * - `words`: free text and who wrote it (`by`); erasure replaces it with ERASED_TEXT.
 * - `quotes`: text that may repeat anyone's words or identifiers (cards, audit snapshots, JSON);
 *   erasure replaces every occurrence of the erased person's words and identifiers in it.
 * - `deleteOwned`: rows that exist only for the person and carry no aggregate (their own roles,
 *   their personal conversation): erasure deletes them.
 * - `notPeople`: columns whose names look like a person's id but are not (why).
 */
export interface PersonTable {
  readonly table: string;
  readonly people: readonly string[];
  readonly owner?: string;
  readonly words?: ReadonlyArray<{ readonly column: string; readonly by: string }>;
  readonly quotes?: readonly string[];
  readonly deleteOwned?: boolean;
  readonly notPeople?: Readonly<Record<string, string>>;
  /** What a privacy office reads about the table (docs/privacy.md is written from the same words). */
  readonly holds: string;
}

export const ERASED_TEXT = '[erased]';
export const ERASED_NAME = 'Erased person';

export const PERSON_DATA: readonly PersonTable[] = [
  { table: 'users', people: ['id'], owner: 'id', holds: 'Profile: Entra object id, tenant, display name, email, department, time zone, last seen locale (proactive cards are written in it), notification preference, first/last seen.' },
  { table: 'user_roles', people: ['user_id', 'granted_by'], owner: 'user_id', deleteOwned: true, holds: 'Roles granted (champion, expert, coe-admin) and who granted them.' },
  { table: 'audit', people: ['actor_id'], owner: 'actor_id', quotes: ['entity_id', 'before_json', 'after_json'], holds: 'Audit trail: who did what to which record, with before/after snapshots.' },
  { table: 'conversations', people: ['user_id'], owner: 'user_id', deleteOwned: true, quotes: ['reference_json'], holds: "Teams conversations the bot is installed in (the person's personal chat with the bot)." },
  { table: 'delivery_batches', people: ['created_by', 'cancelled_by'], holds: 'Broadcast batches and who started or cancelled them.' },
  { table: 'outbox', people: ['recipient_user_id'], owner: 'recipient_user_id', quotes: ['payload_json', 'last_error'], notPeople: { claimed_by: 'the delivery worker holding the message' }, holds: 'Proactive messages (cards) queued and sent, with their body.' },
  { table: 'delivery_lanes', people: [], notPeople: { claimed_by: 'a delivery worker', last_holder: 'a delivery worker' }, holds: 'Per-conversation delivery bookkeeping (no personal data).' },
  {
    table: 'environment_requests',
    people: ['requester_id', 'decided_by'],
    owner: 'requester_id',
    words: [
      { column: 'display_name', by: 'requester_id' },
      { column: 'justification', by: 'requester_id' },
      { column: 'decision_comment', by: 'decided_by' },
    ],
    quotes: ['pending_extension_json', 'checks_json', 'failure_reason'],
    holds: 'Environment requests: name, justification, data classification, decision and comment.',
  },
  { table: 'training_progress', people: ['user_id'], owner: 'user_id', holds: 'Training modules completed and when.' },
  { table: 'training_starts', people: ['user_id'], owner: 'user_id', deleteOwned: true, holds: 'Training modules opened (started) and when, with the personal link the bot uses to open them.' },
  { table: 'training_completions', people: ['user_id'], owner: 'user_id', holds: 'Training paths completed and when.' },
  { table: 'events', people: ['created_by'], holds: 'Community events and who created them.' },
  { table: 'event_rsvps', people: ['user_id'], owner: 'user_id', holds: 'RSVPs to events (going, waitlisted, declined).' },
  { table: 'event_announcements', people: ['announced_by'], holds: 'Where and by whom events were announced.' },
  { table: 'event_feedback', people: ['user_id'], owner: 'user_id', words: [{ column: 'comment', by: 'user_id' }], holds: 'Event feedback: rating and comment.' },
  {
    table: 'stories',
    people: ['author_id', 'moderated_by'],
    owner: 'author_id',
    words: [
      { column: 'title', by: 'author_id' },
      { column: 'problem', by: 'author_id' },
      { column: 'solution', by: 'author_id' },
      { column: 'image_url', by: 'author_id' },
      { column: 'link_url', by: 'author_id' },
      { column: 'moderation_comment', by: 'moderated_by' },
    ],
    quotes: ['review_card_json', 'showcase_posts_json'],
    holds: 'Success stories: title, problem, solution, figures, links, moderation comment.',
  },
  // The bytes are in story_image_bytes (no person column), deleted with their row by the foreign key's cascade.
  { table: 'story_images', people: ['author_id'], owner: 'author_id', deleteOwned: true, holds: 'Pictures uploaded for stories (type, size, checksum; the picture itself in story_image_bytes), deleted on erasure.' },
  { table: 'story_kudos', people: ['user_id'], owner: 'user_id', holds: 'Kudos given to stories.' },
  { table: 'kb_entries', people: ['created_by'], holds: 'FAQ entries (organisation content) and who created them.' },
  {
    table: 'ask_questions',
    people: ['user_id'],
    owner: 'user_id',
    words: [
      { column: 'question', by: 'user_id' },
      { column: 'normalized', by: 'user_id' },
      { column: 'feedback_note', by: 'user_id' },
    ],
    quotes: ['answer_json'],
    notPeople: { composed_by: 'what composed the answer (retrieval or an AI model)' },
    holds: 'Questions asked in chat or the tab, the answer given, confidence and feedback (with the reason for a "not helpful").',
  },
  {
    table: 'ask_tickets',
    people: ['asker_id', 'assignee_id', 'answered_by'],
    owner: 'asker_id',
    words: [
      { column: 'question', by: 'asker_id' },
      { column: 'answer', by: 'answered_by' },
      { column: 'details', by: 'asker_id' },
      { column: 'maker_reply', by: 'asker_id' },
    ],
    holds: "Expert tickets: the asker's question and details, the expert's answer, the asker's reply.",
  },
  { table: 'activity', people: ['user_id'], owner: 'user_id', holds: 'What made someone an active maker (kind, record, time) for Insights.' },
  // Each item is one person's and names nobody else, but its title may repeat words (a question, a story title).
  { table: 'inbox_items', people: ['user_id'], owner: 'user_id', deleteOwned: true, quotes: ['title', 'body', 'values_json'], holds: 'Inbox under the bell: what happened to the person (question answered, environment ready, story published or given kudos, an event they answered changed).' },
];

/** Column names that look like a person's id: the registry test holds every such column to account. */
export const PERSON_COLUMN = /(^|_)(user_id|requester_id|author_id|asker_id|assignee_id|actor_id|owner_id|person_id)$|_by$|^last_holder$/;

export function personTable(name: string): PersonTable | undefined {
  return PERSON_DATA.find((t) => t.table === name);
}
