import type { AnswerSnapshot, FeedbackReason, QuestionFeedback, QuestionRecord } from './questions.js';
import type { NewTicket, Ticket, TicketChanges, TicketFilter } from './tickets/types.js';
import type { FaqEntry, KbDocument, KbDocumentWithSections, KbSection } from './types.js';

/** A stored FAQ entry or expert answer, with its deletion mark. */
export interface StoredEntry extends FaqEntry {
  deletedAt: string | null;
}

export interface KbEntryRepository {
  /** Live entries (not deleted), oldest first. */
  list(): Promise<FaqEntry[]>;
  /** Any entry with that id, deleted or not (seeding must not bring back a deleted starter entry). */
  find(id: string): Promise<StoredEntry | undefined>;
  /** Inserts; false when the id is taken (deleted entries keep their id). */
  insert(entry: FaqEntry, createdBy: string | null): Promise<boolean>;
  /** Applies the entry's fields if the stored version is `version`; false when it changed meanwhile. */
  update(entry: FaqEntry, version: number): Promise<boolean>;
  markDeleted(id: string, at: string): Promise<boolean>;
}

export interface KbDocumentRepository {
  list(root?: string): Promise<KbDocument[]>;
  find(root: string, path: string): Promise<KbDocument | undefined>;
  /** Inserts or replaces a document and all its sections. */
  save(document: KbDocument, sections: readonly KbSection[]): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every document with its sections, for building the index. */
  loadAll(): Promise<KbDocumentWithSections[]>;
  load(id: string): Promise<KbDocumentWithSections | undefined>;
  /** The knowledge base's revision (0 before the first change). */
  revision(): Promise<number>;
  /** Bumps the revision in the current transaction, so other instances reload the index. */
  bumpRevision(at: string): Promise<number>;
}

export interface QuestionRepository {
  /** Stores questions (one multi-row insert: the question log is written in groups). */
  insert(records: readonly QuestionRecord[]): Promise<void>;
  find(id: string): Promise<QuestionRecord | undefined>;
  /** Records feedback once; false when feedback was already given (a double click). */
  setFeedback(id: string, feedback: QuestionFeedback, at: string): Promise<boolean>;
  /** Records why a 👎 answer did not help, once, and only on a 👎 question; false otherwise. */
  setFeedbackReason(id: string, reason: FeedbackReason, note: string | null): Promise<boolean>;
  /** A person's own questions, newest first ("My questions"). */
  listByUser(userId: string, limit: number): Promise<QuestionRecord[]>;
  markEscalated(id: string, ticketId: string): Promise<void>;
  /** What the bot replied to these questions (id → snapshot), for the experts' tickets. */
  snapshots(ids: readonly string[]): Promise<Map<string, AnswerSnapshot>>;
  /** Unanswered and 👎 questions, most frequent first (the knowledge-gaps report). */
  gaps(since: string, limit: number): Promise<Array<{ normalized: string; example: string; count: number; lastAskedAt: string }>>;
}

export interface TicketRepository {
  /** The next free ticket number (max + 1). */
  nextNumber(): Promise<number>;
  insert(ticket: NewTicket): Promise<Ticket>;
  find(id: string): Promise<Ticket | undefined>;
  findByQuestion(questionId: string): Promise<Ticket | undefined>;
  update(id: string, version: number, changes: TicketChanges, at: string): Promise<boolean>;
  list(filter: TicketFilter): Promise<Ticket[]>;
  /** How many tickets are in these states. */
  count(states: readonly Ticket['state'][]): Promise<number>;
}
