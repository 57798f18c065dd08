import { sql, type Kysely } from 'kysely';
import type { EnvironmentRequestRepository, NewEnvironmentRequest, RequestChanges } from '../../../domain/environments/repository.js';
import { ACTIVE_STATUSES, LIVE_STATUSES, type EnvironmentRequest, type EnvironmentType, type RequestFilter } from '../../../domain/environments/types.js';
import type { Database } from '../../schema.js';
import { toEnvironmentRequest, toRow } from './request-rows.js';

/** Environment requests on Kysely (SQLite and PostgreSQL alike). */
export class SqlEnvironmentRequestRepository implements EnvironmentRequestRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Requests with the requester's and the decider's names. */
  private select() {
    return this.db
      .selectFrom('environment_requests as e')
      .innerJoin('users as r', 'r.id', 'e.requester_id')
      .leftJoin('users as d', 'd.id', 'e.decided_by')
      .selectAll('e')
      .select(['r.display_name as requester_name', 'd.display_name as decider_name']);
  }

  async insertOnce(row: NewEnvironmentRequest): Promise<{ request: EnvironmentRequest; created: boolean }> {
    // ON CONFLICT DO NOTHING on (requester, submission key): the second of two concurrent submits waits, then inserts nothing.
    const result = await this.db
      .insertInto('environment_requests')
      .values(toRow(row))
      .onConflict((oc) => oc.columns(['requester_id', 'submission_key']).doNothing())
      .executeTakeFirst();
    const created = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    const request = await this.findBySubmission(row.requesterId, row.submissionKey);
    if (!request) throw new Error('environment request insert lost its row');
    return { request, created };
  }

  async find(id: string): Promise<EnvironmentRequest | undefined> {
    const row = await this.select().where('e.id', '=', id).executeTakeFirst();
    return row && toEnvironmentRequest(row);
  }

  async findBySubmission(requesterId: string, submissionKey: string): Promise<EnvironmentRequest | undefined> {
    const row = await this.select().where('e.requester_id', '=', requesterId).where('e.submission_key', '=', submissionKey).executeTakeFirst();
    return row && toEnvironmentRequest(row);
  }

  async update(id: string, version: number, changes: RequestChanges, at: string): Promise<boolean> {
    const set: Record<string, unknown> = { updated_at: at, version: version + 1 };
    const columns: Record<keyof RequestChanges, string> = {
      status: 'status',
      approval: 'approval',
      decidedBy: 'decided_by',
      decidedAt: 'decided_at',
      decisionComment: 'decision_comment',
      environmentId: 'environment_id',
      environmentUrl: 'environment_url',
      failureReason: 'failure_reason',
      expiresAt: 'expires_at',
      expiryWarnedAt: 'expiry_warned_at',
      pendingExtension: 'pending_extension_json',
      extensionsGranted: 'extensions_granted',
      adminCardPosted: 'admin_card_posted',
    };
    for (const [key, value] of Object.entries(changes) as Array<[keyof RequestChanges, unknown]>) {
      if (value === undefined) continue;
      if (key === 'pendingExtension') set[columns[key]] = value === null ? null : JSON.stringify(value);
      else if (key === 'adminCardPosted') set[columns[key]] = value ? 1 : 0;
      else set[columns[key]] = value;
    }
    // Lead time is measured to the first time a request is provisioned, whatever comes after.
    if (changes.status === 'provisioned') set.provisioned_at = sql`coalesce(provisioned_at, ${at})`;
    const result = await this.db.updateTable('environment_requests').set(set).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async list(filter: RequestFilter): Promise<EnvironmentRequest[]> {
    let q = this.select();
    if (filter.status?.length) q = q.where('e.status', 'in', filter.status);
    if (filter.type) q = q.where('e.env_type', '=', filter.type);
    if (filter.requesterId) q = q.where('e.requester_id', '=', filter.requesterId);
    if (filter.search) {
      const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // ESCAPE spelled out: SQLite has no default escape character, PostgreSQL's is the backslash.
      q = q.where(sql<boolean>`(lower(e.display_name) like ${like} escape '\\' or lower(e.reference) like ${like} escape '\\' or lower(r.display_name) like ${like} escape '\\')`);
    }
    const rows = await q.orderBy('e.created_at', 'desc').orderBy('e.id').limit(Math.min(filter.limit ?? 100, 500)).execute();
    return rows.map(toEnvironmentRequest);
  }

  async countActive(requesterId: string, type: EnvironmentType): Promise<number> {
    const row = await this.db
      .selectFrom('environment_requests')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('requester_id', '=', requesterId)
      .where('env_type', '=', type)
      .where('status', 'in', [...ACTIVE_STATUSES])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listExpiringBefore(before: string): Promise<EnvironmentRequest[]> {
    const rows = await this.select().where('e.status', 'in', [...LIVE_STATUSES]).where('e.expires_at', 'is not', null).where('e.expires_at', '<=', before).orderBy('e.expires_at').limit(500).execute();
    return rows.map(toEnvironmentRequest);
  }
}
