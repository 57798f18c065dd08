import { requireRole } from '../identity/authorize.js';
import type { Actor, ChangeContext } from '../identity/types.js';
import type { EnvironmentContext } from './context.js';
import { requestEntity } from './context.js';
import { assertOwner } from './maker-actions.js';
import { allowedTypes, justificationMinimum } from './policy.js';
import { REQUEST_STATUSES, type EnvironmentRequest, type EnvironmentType, type RequestFilter, type RequestHistoryEntry } from './types.js';

/** Names for the app's own actors in a request's history. */
const SYSTEM_NAMES: Record<string, string> = { 'environment-policy': 'CoE policy', 'expiry-job': 'Maker Hub (expiry check)', provisioning: 'Maker Hub (provisioning)' };

/** The order in which actions happen within one transaction (submit → route → approve → start). */
const FLOW_ORDER = ['environment.submit', 'environment.route.approval', 'environment.approve.auto', 'environment.approve', 'environment.provision.start', 'environment.retry'];

/** What a form needs to offer the maker: the policy's choices and rules, in plain words. */
export interface FormOptions {
  types: Array<{ value: EnvironmentType; defaultDurationDays: number | null; maxDurationDays: number | null; justificationMinimum: number }>;
  regions: Array<{ value: string; label: string }>;
  languages: Array<{ value: number; label: string }>;
  currencies: Array<{ value: string; label: string }>;
  naming: { explanation: string; example: string };
}

/** The policy turned into the form's choices and rules. */
export function formOptions(env: EnvironmentContext): FormOptions {
  const p = env.policy;
  return {
    types: allowedTypes(p).map((t) => ({ value: t, defaultDurationDays: p.types[t].defaultDurationDays, maxDurationDays: p.types[t].maxDurationDays, justificationMinimum: justificationMinimum(p, t) })),
    regions: p.regions,
    languages: p.languages,
    currencies: p.currencies,
    naming: { explanation: p.naming.explanation, example: p.naming.example },
  };
}

/** A request with its history, as its requester or an admin sees it. */
export interface RequestDetail {
  request: EnvironmentRequest;
  history: RequestHistoryEntry[];
}

/** A request with its history, for its requester or a coe-admin. */
export async function detail(env: EnvironmentContext, ctx: ChangeContext, id: string): Promise<RequestDetail> {
  await assertOwner(env, ctx, id, 'environment.view');
  const request = await env.store.repos.environmentRequests.find(id);
  if (!request) throw new Error('request vanished');
  return { request, history: await history(env, id) };
}

/** The audit trail of a request in words, oldest first; refused attempts are left out. */
export async function history(env: EnvironmentContext, id: string): Promise<RequestHistoryEntry[]> {
  const entries = await env.store.repos.audit.list({ entity: requestEntity(id), limit: 200 });
  const names = new Map<string, string>();
  const out: RequestHistoryEntry[] = [];
  // Steps of one transaction share a timestamp (and audit ids are random): order those by the flow.
  const rank = (action: string) => FLOW_ORDER.indexOf(action) + 1 || FLOW_ORDER.length + 1;
  entries.sort((a, b) => a.at.localeCompare(b.at) || rank(a.action) - rank(b.action));
  for (const e of entries) {
    if (e.action.endsWith('.denied')) continue;
    let actorName = e.actorId ?? 'Maker Hub';
    if (e.actorKind === 'user' && e.actorId) {
      if (!names.has(e.actorId)) names.set(e.actorId, (await env.store.repos.users.findById(e.actorId))?.displayName ?? 'someone');
      actorName = names.get(e.actorId)!;
    } else if (e.actorId) actorName = SYSTEM_NAMES[e.actorId] ?? e.actorId;
    const after = (e.after ?? {}) as { status?: string; comment?: string };
    const status = REQUEST_STATUSES.find((s) => s === after.status) ?? null;
    out.push({ at: e.at, action: e.action, actorName, systemActor: e.actorKind !== 'user' && e.actorId ? e.actorId : null, status, comment: typeof after.comment === 'string' ? after.comment : null });
  }
  return out;
}

/** The actor's own requests, newest first. */
export async function listMine(env: EnvironmentContext, actor: Actor & { kind: 'user' }, limit = 50): Promise<EnvironmentRequest[]> {
  return env.store.repos.environmentRequests.list({ requesterId: actor.principal.user.id, limit });
}

/** Every request, filtered: the admins' list. `status: ['pending-approval']` is the approvals queue. */
export async function listAll(env: EnvironmentContext, actor: Actor, filter: RequestFilter): Promise<EnvironmentRequest[]> {
  await requireRole(env.store, env.clock, actor, ['coe-admin'], 'environment.list', { type: 'environment-request', id: '*' });
  return env.store.repos.environmentRequests.list(filter);
}
