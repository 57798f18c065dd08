import { sql, type Kysely } from 'kysely';
import type { AuditEntry } from '../../domain/audit/types.js';
import type { User } from '../../domain/identity/types.js';
import type { AuditQuery, PersonDataRepository, PersonRecords, RetentionCounts, RetentionKind } from '../../domain/privacy/types.js';
import type { SqlFlavour } from '../dialect.js';
import type { Database } from '../schema.js';
import { toUser } from '../repositories/identity/users.js';
import { collectPerson, type AnyDb } from './collect.js';
import { erasePerson } from './erase.js';
import { applyRetention } from './retention.js';

const parse = (s: string | null): unknown => (s === null ? null : JSON.parse(s));
/** LIKE wildcards typed by a person are taken out rather than escaped (SQLite has no default escape character). */
const literal = (s: string) => s.replace(/[\\%_]/g, '');

export class SqlPersonDataRepository implements PersonDataRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly flavour: SqlFlavour,
  ) {}

  private get any(): AnyDb {
    return this.db as unknown as AnyDb;
  }

  collect(user: User): Promise<PersonRecords> {
    return collectPerson(this.any, user);
  }

  erase(user: User, pseudonym: string): Promise<Record<string, number>> {
    return erasePerson(this.any, user, pseudonym);
  }

  async compact(): Promise<void> {
    if (this.flavour === 'sqlite') {
      // Copy the WAL into the file and empty it, rebuild the file without its free pages, and empty the WAL again.
      await this.truncateWal();
      await sql`VACUUM`.execute(this.db);
      await this.truncateWal();
    } else {
      // PostgreSQL: dead row versions become reusable space; the server's own guarantees apply beyond that.
      await sql`VACUUM`.execute(this.db);
    }
  }

  /**
   * A checkpoint that meets a reader or the background checkpointer reports busy and leaves the
   * WAL (with the old pages) in place: try again until it completes, or fail loudly.
   */
  private async truncateWal(): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(this.db);
      if (!rows[0] || Number(rows[0].busy) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the SQLite journal could not be emptied: the database stayed busy');
  }

  retention(cutoffs: Partial<Record<RetentionKind, string>>, apply: boolean): Promise<RetentionCounts> {
    return applyRetention(this.db, cutoffs, apply);
  }

  async searchAudit(query: AuditQuery): Promise<AuditEntry[]> {
    let q = this.db.selectFrom('audit').selectAll();
    if (query.actorId || query.subjectIds?.length) {
      const actorId = query.actorId;
      const subjects = query.subjectIds ?? [];
      q = q.where((eb) => eb.or([...(actorId ? [eb('actor_id', '=', actorId)] : []), ...(subjects.length ? [eb('entity_id', 'in', subjects)] : [])]));
    }
    if (query.action) q = q.where('action', 'like', `${literal(query.action)}%`);
    if (query.from) q = q.where('at', '>=', query.from);
    if (query.to) q = q.where('at', '<', query.to);
    const rows = await q.orderBy('at', 'desc').orderBy('id').limit(query.limit).execute();
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

  async searchPeople(text: string, tenantId: string, limit: number): Promise<User[]> {
    const pattern = `%${literal(text.toLowerCase())}%`;
    const rows = await this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('aad_object_id', 'not like', 'erased:%')
      .where((eb) => eb.or([eb(eb.fn('lower', ['display_name']), 'like', pattern), eb(eb.fn('lower', ['email']), 'like', pattern), eb('aad_object_id', '=', text)]))
      .orderBy('display_name')
      .limit(limit)
      .execute();
    return rows.map(toUser);
  }
}
