/**
 * Who the audit records as having acted: the part of identity's Actor it reads, declared here so
 * that identity (which audits its own changes) depends on audit and not the other way round.
 */
export type AuditedActor =
  | { kind: 'user'; principal: { user: { id: string } } }
  | { kind: 'system'; name: string }
  | { kind: 'operator'; name: string };

export interface EntityRef {
  type: string;
  id: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: AuditedActor['kind'];
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
