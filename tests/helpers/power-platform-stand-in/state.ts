/** The stand-in's world: environments, operations, tokens, DLP policies and the faults to inject. */

export interface StandInEnvironment {
  name: string;
  location: string;
  displayName: string;
  description: string;
  sku: string;
  domainName: string | null;
  dataverse: boolean;
  baseLanguage: number | null;
  currency: string | null;
  securityGroupId: string | null;
  /** Creating → Succeeded (listed) → deleted. */
  state: 'creating' | 'succeeded' | 'failed' | 'deleted';
  /** GETs of the environment so far (linkedEnvironmentMetadata appears after `metadataLagReads`). */
  reads: number;
  createdTime: string;
}

export interface StandInOperation {
  id: string;
  type: 'Create' | 'Delete' | 'Recover';
  environment: string;
  location: string;
  polls: number;
  outcome: 'Succeeded' | 'Failed' | 'never';
  /** Created without a Location header: it advances when environments are listed, not polled. */
  unpolled: boolean;
  state: 'Running' | 'Succeeded' | 'Failed';
  createdDateTime: string;
}

/** Faults for the next calls, set by a test (POST /__standin/faults or `faults()`). */
export interface Faults {
  /** 429 + Retry-After on the next `count` API calls (any route). */
  throttle?: { count: number; retryAfter: number };
  /** 409 OperationNotStartable on the next `busy` creates/deletes. */
  busy?: number;
  /** Create answers 409 InsufficientCapacity_StorageDriven. */
  capacity?: boolean;
  /** validateEnvironmentDetails and create answer 409 DomainNameAlreadyInUse. */
  domainTaken?: boolean;
  /** 500 with a body (nothing created), or the connection dropped after creating. */
  createError?: 'server-error' | 'drop-connection';
  /** 202 without a Location header. */
  lostLocation?: boolean;
  /** How the next operations end. */
  operationOutcome?: 'Succeeded' | 'Failed' | 'never';
  /** 401 on the next `count` API calls, e.g. mid-poll (the token "expired"). */
  unauthorized?: number;
  /** Answer 202 (instead of 200 Running) while an operation runs. */
  accepted202?: boolean;
  /** False: the SPN is not a registered management app (every BAP call 403). */
  registered?: boolean;
}

export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  apiVersion: string | null;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  at: number;
}

export const LOCATIONS = [
  { name: 'unitedstates', displayName: 'United States', code: 'NA', isDefault: true, azureRegions: ['eastus', 'westus'] },
  { name: 'europe', displayName: 'Europe', code: 'EMEA', isDefault: false, azureRegions: ['westeurope', 'northeurope'] },
  { name: 'unitedkingdom', displayName: 'United Kingdom', code: 'UK', isDefault: false, azureRegions: ['uksouth'] },
];
export const LANGUAGES = [
  { name: '1033', properties: { localeId: 1033, localizedName: 'English', displayName: 'English (United States)', isTenantDefault: true } },
  { name: '1031', properties: { localeId: 1031, localizedName: 'Deutsch', displayName: 'German (Germany)', isTenantDefault: false } },
];
export const CURRENCIES = [
  { name: 'USD', properties: { code: 'USD', symbol: '$', isTenantDefault: true } },
  { name: 'EUR', properties: { code: 'EUR', symbol: '€', isTenantDefault: false } },
  { name: 'GBP', properties: { code: 'GBP', symbol: '£', isTenantDefault: false } },
];

/** Deterministic GUID-shaped ids: 00000000-0000-4000-8000-00000000000N. */
export function guid(prefix: string, n: number): string {
  return `${prefix.padStart(8, '0').slice(0, 8)}-0000-4000-8000-${String(n).padStart(12, '0')}`;
}
