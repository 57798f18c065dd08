import type { AuditEntry } from '../audit/types.js';
import type { User } from '../identity/types.js';

export type Row = Record<string, unknown>;

/** Everything Maker Hub holds about one person: one entry per registry table (empty when nothing). */
export interface PersonRecords {
  tables: Record<string, Row[]>;
  /** Audit entries about the person's own records (environment request history, story moderation…). */
  history: Row[];
}

export interface PersonExport extends PersonRecords {
  format: 'maker-hub.person-export';
  version: 1;
  exportedAt: string;
  person: { tenantId: string; aadObjectId: string; displayName: string; email: string | null; department: string | null; roles: string[] };
}

/** What an erasure did: rows touched per table (no content). */
export interface ErasureReport {
  pseudonym: string;
  rows: Record<string, number>;
  /** False when the database stayed busy: the erased bytes may linger in free pages until the next compaction (erasure or retention run). */
  compacted: boolean;
}

/** How long each kind of data is kept (days; 0 = kept until erased). */
export interface RetentionPolicy {
  questionTextDays: number;
  deliveryBodyDays: number;
  auditDays: number;
  activityDays: number;
}

export type RetentionKind = keyof RetentionPolicy;
export type RetentionCounts = Record<RetentionKind, number>;

export interface AuditQuery {
  actorId?: string;
  /** Matches the record's entity id too (a person is the subject of role changes). */
  subjectIds?: string[];
  action?: string;
  from?: string;
  to?: string;
  limit: number;
}

/** Storage of the privacy capability, driven by the registry of where a person's data lives. */
export interface PersonDataRepository {
  collect(user: User): Promise<PersonRecords>;
  /** Rewrites the person away (call inside a transaction); returns rows touched per table. */
  erase(user: User, pseudonym: string): Promise<Record<string, number>>;
  /** Makes deleted bytes unrecoverable where the database allows it (SQLite: checkpoint + VACUUM). Outside transactions. */
  compact(): Promise<void>;
  retention(cutoffs: Partial<Record<RetentionKind, string>>, apply: boolean): Promise<RetentionCounts>;
  searchAudit(query: AuditQuery): Promise<AuditEntry[]>;
  searchPeople(text: string, tenantId: string, limit: number): Promise<User[]>;
}
