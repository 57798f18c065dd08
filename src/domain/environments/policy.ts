import type { DataClassification, EnvironmentRequest, EnvironmentRequestInput, EnvironmentType } from './types.js';
import { say, type ErrorText } from '../shared/error-text.js';

/** What the CoE allows for one environment type. */
export interface TypeRule {
  allowed: boolean;
  /** How many active environments of this type one maker may have (requests in flight count). */
  maxActivePerMaker: number;
  /** Null: the type does not expire (Production). */
  defaultDurationDays: number | null;
  maxDurationDays: number | null;
}

/** A combination that needs no CoE decision, e.g. Developer environments with non-confidential data. */
export interface AutoApproveRule {
  types: EnvironmentType[];
  classifications: DataClassification[];
  /** Optional ceiling: more expected users than this needs a decision. */
  maxExpectedUsers?: number;
}

/** A value offered in the form with the label a maker reads. */
export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

/**
 * The CoE's environment policy, read from configuration at start-up (see
 * config/environment-policy.yaml). The domain only evaluates it; it never reads files.
 */
export interface EnvironmentPolicy {
  naming: { pattern: string; explanation: string; example: string };
  types: Record<EnvironmentType, TypeRule>;
  regions: Choice<string>[];
  languages: Choice<number>[];
  currencies: Choice<string>[];
  justification: { minLength: number; productionMinLength: number };
  autoApprove: AutoApproveRule[];
  expiry: { warningDays: number };
}

/** The types a maker may pick, in the policy's order. */
export function allowedTypes(policy: EnvironmentPolicy): EnvironmentType[] {
  return (Object.keys(policy.types) as EnvironmentType[]).filter((t) => policy.types[t].allowed);
}

/** Least justification length for a type: Production asks for a real business case. */
export function justificationMinimum(policy: EnvironmentPolicy, type: EnvironmentType): number {
  return type === 'Production' ? Math.max(policy.justification.productionMinLength, policy.justification.minLength) : policy.justification.minLength;
}

/** The first auto-approve rule the request satisfies, if any. */
export function autoApproveRule(policy: EnvironmentPolicy, input: Pick<EnvironmentRequestInput, 'type' | 'dataClassification' | 'expectedUsers'>): AutoApproveRule | undefined {
  return policy.autoApprove.find(
    (rule) => rule.types.includes(input.type) && rule.classifications.includes(input.dataClassification) && (rule.maxExpectedUsers === undefined || input.expectedUsers <= rule.maxExpectedUsers),
  );
}

/** Expiry instant for a request approved/provisioned at `from`, or null when the type does not expire. */
export function expiryFrom(from: Date, durationDays: number | null): string | null {
  if (durationDays === null) return null;
  return new Date(from.getTime() + durationDays * 86_400_000).toISOString();
}

/**
 * Whether an extension of `days` stays within the type's maximum lifetime and may be granted
 * without a CoE decision (the same auto-approve rules as for new requests).
 */
export function extensionVerdict(policy: EnvironmentPolicy, request: EnvironmentRequest, days: number): { allowed: true; autoApprove: boolean } | { allowed: false; reason: ErrorText; autoApprove: false } {
  const rule = policy.types[request.type];
  if (rule.maxDurationDays === null || request.expiresAt === null) return { allowed: false, reason: say('errors.environments.neverExpires', { type: request.type }), autoApprove: false };
  if (!Number.isInteger(days) || days < 1 || days > rule.maxDurationDays)
    return { allowed: false, reason: say('errors.environments.extensionRange', { max: rule.maxDurationDays, type: request.type }), autoApprove: false };
  return { allowed: true, autoApprove: autoApproveRule(policy, request) !== undefined };
}
