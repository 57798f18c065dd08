import type { Principal } from '../identity/types.js';
import type { EnvironmentContext } from './context.js';
import { allowedTypes, autoApproveRule } from './policy.js';
import { DATA_CLASSIFICATIONS, ENVIRONMENT_TYPES, type DataClassification, type EnvironmentType } from './types.js';
import type { RequestDraft } from './validation.js';

/** One type's cap as it stands for the maker: active environments (requests in flight count) of the most allowed. */
export interface TypeCap {
  type: EnvironmentType;
  active: number;
  cap: number;
  reached: boolean;
}

/**
 * What the policy would do with a draft, before it is sent, computed exactly as submission routes
 * it (validation.ts caps, policy.ts auto-approve rules), and nothing is written:
 * - `auto`: a CoE rule approves it at once (`rule` says which);
 * - `approval`: no rule covers it, a CoE admin decides;
 * - `refused`: the maker has reached the type's cap (or the type is not offered);
 * - `incomplete`: the type or the data classification is not chosen yet.
 */
export interface PolicyPreview {
  outcome: 'auto' | 'approval' | 'refused' | 'incomplete';
  type: EnvironmentType | null;
  dataClassification: DataClassification | null;
  expectedUsers: number;
  rule: { types: EnvironmentType[]; classifications: DataClassification[]; maxExpectedUsers: number | null } | null;
  caps: TypeCap[];
  /** The type a new form starts on: Developer unless its cap is reached, else the first type still open. */
  startType: EnvironmentType | null;
}

/** The type a new request form starts on, given the types already at their cap. */
export function startType(types: readonly EnvironmentType[], reached: (type: EnvironmentType) => boolean): EnvironmentType | null {
  const open = types.filter((t) => !reached(t));
  return open.find((t) => t === 'Developer') ?? open[0] ?? null;
}

/** The maker's caps, type by type (one count query per type offered). */
export async function capsOf(env: EnvironmentContext, principal: Principal): Promise<TypeCap[]> {
  const caps: TypeCap[] = [];
  for (const type of allowedTypes(env.policy)) {
    const active = await env.store.repos.environmentRequests.countActive(principal.user.id, type);
    const cap = env.policy.types[type].maxActivePerMaker;
    caps.push({ type, active, cap, reached: active >= cap });
  }
  return caps;
}

/** Evaluates the policy for a draft without creating anything (read-only: no insert, no audit). */
export async function previewDraft(env: EnvironmentContext, principal: Principal, draft: RequestDraft): Promise<PolicyPreview> {
  const caps = await capsOf(env, principal);
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim().toLowerCase() : '');
  const type = ENVIRONMENT_TYPES.find((t) => t.toLowerCase() === text(draft.type)) ?? null;
  const dataClassification = DATA_CLASSIFICATIONS.find((c) => c === text(draft.dataClassification)) ?? null;
  const users = Number(text(draft.expectedUsers));
  const expectedUsers = Number.isInteger(users) && users >= 1 ? users : 1;
  const base = { type, dataClassification, expectedUsers, caps, startType: startType(caps.map((c) => c.type), (t) => caps.find((c) => c.type === t)!.reached), rule: null };
  const cap = caps.find((c) => c.type === type);
  if (type && (!cap || cap.reached)) return { ...base, outcome: 'refused' };
  if (!type || !dataClassification) return { ...base, outcome: 'incomplete' };
  const rule = autoApproveRule(env.policy, { type, dataClassification, expectedUsers });
  if (!rule) return { ...base, outcome: 'approval' };
  return { ...base, outcome: 'auto', rule: { types: rule.types, classifications: rule.classifications, maxExpectedUsers: rule.maxExpectedUsers ?? null } };
}
