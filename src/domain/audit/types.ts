import type { Actor } from '../identity/types.js';

export interface EntityRef {
  type: string;
  id: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: Actor['kind'];
  actorId: string | null;
  action: string;
  entity: EntityRef;
  before: unknown;
  after: unknown;
  correlationId: string | null;
}

export interface AuditRepository {
  record(entry: AuditEntry): Promise<void>;
  list(filter: { entity?: EntityRef; action?: string; limit?: number }): Promise<AuditEntry[]>;
}
