/**
 * Tables of the Ask capability (knowledge base, questions log, tickets), in the portable style of
 * schema.ts: text ids, ISO-8601 UTC text times, 0/1 integers for booleans, JSON as text.
 */
export interface KbEntriesTable {
  id: string;
  kind: string;
  question: string;
  alternates_json: string;
  answer: string;
  tags_json: string;
  owner: string | null;
  link: string | null;
  ticket_id: string | null;
  origin: string;
  version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** Soft delete: a deleted starter entry must not come back with the next seeding. */
  deleted_at: string | null;
}

export interface KbDocumentsTable {
  id: string;
  root: string;
  path: string;
  title: string;
  description: string | null;
  url: string | null;
  content_hash: string;
  section_count: number;
  ingested_at: string;
  updated_at: string;
}

export interface KbSectionsTable {
  id: string;
  document_id: string;
  ordinal: number;
  heading: string | null;
  level: number;
  anchor: string | null;
  parents_json: string;
  markdown: string;
}

/** One row: the knowledge base's revision, bumped by every change (other instances reload on a new one). */
export interface KbStateTable {
  key: string;
  revision: number;
  updated_at: string;
}

export interface AskQuestionsTable {
  id: string;
  asked_at: string;
  user_id: string | null;
  conversation_id: string | null;
  thread_id: string | null;
  channel: string;
  question: string;
  normalized: string;
  answered: number;
  confidence: number;
  top_source_path: string | null;
  top_source_title: string | null;
  composed_by: string;
  answer_json: string;
  feedback: string | null;
  feedback_at: string | null;
  escalated: number;
  ticket_id: string | null;
  feedback_reason: string | null;
  feedback_note: string | null;
}

export interface AskTicketsTable {
  id: string;
  number: number;
  question_id: string | null;
  asker_id: string;
  question: string;
  conversation_id: string | null;
  thread_id: string | null;
  state: string;
  assignee_id: string | null;
  answer: string | null;
  answered_by: string | null;
  answered_at: string | null;
  closed_at: string | null;
  kb_entry_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  details: string | null;
  maker_reply: string | null;
  maker_reply_at: string | null;
}
