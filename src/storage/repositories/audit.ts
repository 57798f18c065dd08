import type { Kysely } from 'kysely';
import type { AuditEntry, AuditRepository, EntityRef } from '../../domain/audit/types.js';
import type { Database } from '../schema.js';

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));
const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

export class SqlAuditRepository implements AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(e: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit')
      .values({
        id: e.id,
        at: e.at,
        actor_kind: e.actorKind,
        actor_id: e.actorId,
        action: e.action,
        entity_type: e.entity.type,
        entity_id: e.entity.id,
        before_json: json(e.before),
        after_json: json(e.after),
        correlation_id: e.correlationId,
      })
      .execute();
  }

  async list(filter: { entity?: EntityRef; action?: string; limit?: number }): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit').selectAll();
    if (filter.entity) q = q.where('entity_type', '=', filter.entity.type).where('entity_id', '=', filter.entity.id);
    if (filter.action) q = q.where('action', '=', filter.action);
    const rows = await q.orderBy('at', 'desc').orderBy('id').limit(filter.limit ?? 100).execute();
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorKind: r.actor_kind as AuditEntry['actorKind'],
      actorId: r.actor_id,
      action: r.action,
      entity: { type: r.entity_type, id: r.entity_id },
      before: parse(r.before_json),
      after: parse(r.after_json),
      correlationId: r.correlation_id,
    }));
  }
}
