import type { ApiClient, Decoder } from '../../../lib/api-client';
import { downloadCsv } from '../../insights/csv-download';

/** Client side of src/server/routes/privacy.ts and roles.ts: the coe-admins' control room. */
export interface PersonHit {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly department: string | null;
  readonly roles: readonly string[];
}

export interface RoleGrant {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly displayName: string;
  readonly role: string;
  readonly grantedAt: string;
}

export interface AuditRow {
  readonly id: string;
  readonly at: string;
  readonly actorKind: string;
  readonly actor: string;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly details: string;
}

export interface RetentionRule {
  readonly kind: string;
  readonly label: string;
  readonly days: number;
  readonly cutoff: string | null;
  readonly due: number;
}

export interface AuditFilter {
  readonly person?: string;
  readonly action?: string;
  readonly from?: string;
  readonly to?: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string';

/** A list under `key` whose items all have the string fields named (and the other fields as they come). */
function listOf<T>(key: string, fields: readonly string[]): Decoder<T[]> {
  return (value) => {
    if (!isObject(value) || !Array.isArray(value[key])) return undefined;
    const items = value[key] as unknown[];
    return items.every((i) => isObject(i) && fields.every((f) => str(i[f]))) ? (items as T[]) : undefined;
  };
}

const decodeOk: Decoder<{ changed?: boolean; erased?: boolean }> = (v) => (isObject(v) ? (v as { changed?: boolean; erased?: boolean }) : undefined);

export const controlRoomApi = {
  searchPeople: (client: ApiClient, q: string, signal?: AbortSignal) => client.get(`/api/admin/people?q=${encodeURIComponent(q)}`, listOf<PersonHit>('people', ['aadObjectId', 'tenantId', 'displayName']), signal),
  roles: (client: ApiClient, signal?: AbortSignal) => client.get('/api/admin/roles', listOf<RoleGrant>('grants', ['aadObjectId', 'tenantId', 'displayName', 'role']), signal),
  grant: (client: ApiClient, person: PersonHit, role: string) => client.send('POST', '/api/admin/roles', { aadObjectId: person.aadObjectId, tenantId: person.tenantId, role }, decodeOk),
  revoke: (client: ApiClient, grant: RoleGrant) => client.send('DELETE', `/api/admin/roles/${grant.tenantId}/${grant.aadObjectId}/${grant.role}`, undefined, decodeOk),
  audit: (client: ApiClient, filter: AuditFilter, signal?: AbortSignal) => client.get(`/api/admin/audit?${auditQuery(filter)}`, listOf<AuditRow>('entries', ['id', 'at', 'action', 'actor']), signal),
  retention: (client: ApiClient, signal?: AbortSignal) => client.get('/api/admin/retention', listOf<RetentionRule>('rules', ['kind', 'label']), signal),
  erase: (client: ApiClient, person: PersonHit, confirm: string) => client.send('POST', `/api/admin/people/${person.tenantId}/${person.aadObjectId}/erase`, { confirm }, decodeOk),
  downloadAuditCsv: (filter: AuditFilter) => downloadCsv(`/api/admin/audit?${auditQuery(filter)}&format=csv&limit=5000`, 'maker-hub-audit.csv'),
  downloadPerson: (person: PersonHit) => downloadCsv(`/api/admin/people/${person.tenantId}/${person.aadObjectId}/export`, `maker-hub-person-${person.aadObjectId}.json`),
};

export function auditQuery(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (typeof v === 'string' && v !== '') params.set(k, v);
  return params.toString();
}
