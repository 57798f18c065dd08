import { stringify } from 'csv-stringify/sync';
import type { AuditEntry } from '../audit/types.js';
import type { User } from '../identity/types.js';

export interface AuditRow {
  id: string;
  at: string;
  actorKind: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  details: string;
}

/** Audit entries with the actor's name (users are looked up once each; the app and operators keep their names). */
export async function auditView(entries: AuditEntry[], findUser: (id: string) => Promise<User | undefined>): Promise<AuditRow[]> {
  const names = new Map<string, string>();
  for (const e of entries)
    if (e.actorKind === 'user' && e.actorId && !names.has(e.actorId)) names.set(e.actorId, (await findUser(e.actorId))?.displayName ?? e.actorId);
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    actorKind: e.actorKind,
    actor: e.actorKind === 'user' && e.actorId ? (names.get(e.actorId) ?? e.actorId) : (e.actorId ?? e.actorKind),
    action: e.action,
    entityType: e.entity.type,
    entityId: e.entity.id,
    details: JSON.stringify({ before: e.before, after: e.after }).slice(0, 2000),
  }));
}

/** Spreadsheets run a cell that starts like a formula: such cells get a leading ' (OWASP CSV injection). */
const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

export function auditCsv(rows: AuditRow[]): string {
  const header = ['At (UTC)', 'Actor kind', 'Actor', 'Action', 'Record type', 'Record id', 'Details'];
  return `\uFEFF${stringify([header, ...rows.map((r) => [r.at, r.actorKind, r.actor, r.action, r.entityType, r.entityId, r.details].map(safe))], { record_delimiter: 'windows' })}`;
}
