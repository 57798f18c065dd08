/**
 * Environment requests: a maker asks for a Power Platform environment, the CoE policy checks it,
 * an admin (or an auto-approve rule) decides, a provisioner creates it, and its expiry is watched.
 */

export const ENVIRONMENT_TYPES = ['Developer', 'Sandbox', 'Trial', 'Production'] as const;
export type EnvironmentType = (typeof ENVIRONMENT_TYPES)[number];

export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];
/** How people read a classification (cards and the tab show these, never the stored value). */
export const DATA_CLASSIFICATION_LABEL: Readonly<Record<DataClassification, string>> = { public: 'Public', internal: 'Internal', confidential: 'Confidential' };

/** Every state a request can be in; the allowed moves between them are in state-machine.ts. */
export const REQUEST_STATUSES = [
  'submitted',
  'pending-approval',
  'approved',
  'rejected',
  'provisioning',
  'provisioned',
  'failed',
  'cancelled',
  'expiring',
  'expired',
  'extended',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export type ProvisionerKind = 'manual' | 'power-platform';

/** What a maker fills in (the form card or the tab), already parsed to types but not yet checked by policy. */
export interface EnvironmentRequestInput {
  displayName: string;
  type: EnvironmentType;
  region: string;
  justification: string;
  dataverse: boolean;
  /** Dataverse base language (LCID), when Dataverse is wanted. */
  languageLcid: number | null;
  /** Dataverse currency (ISO code), when Dataverse is wanted. */
  currencyCode: string | null;
  /** Entra security group id restricting access, optional. */
  securityGroupId: string | null;
  dataClassification: DataClassification;
  expectedUsers: number;
  /** Days until expiry; Production environments do not expire. */
  durationDays: number | null;
}

/** An extension a maker asked for, while it waits for a decision. */
export interface PendingExtension {
  days: number;
  reason: string;
  requestedAt: string;
}

/** A stored request with everything the maker, the admins and the provisioner need. */
export interface EnvironmentRequest extends EnvironmentRequestInput {
  id: string;
  /** Short reference people can quote ("ENV-7KQ2MX"). */
  reference: string;
  requesterId: string;
  requesterName: string;
  status: RequestStatus;
  /** How it was approved: by a rule of the policy or by an admin (null until decided). */
  approval: 'auto' | 'admin' | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  provisioner: ProvisionerKind;
  environmentId: string | null;
  environmentUrl: string | null;
  failureReason: string | null;
  expiresAt: string | null;
  /** When the maker was warned about the current expiry date (once per date). */
  expiryWarnedAt: string | null;
  pendingExtension: PendingExtension | null;
  extensionsGranted: number;
  /** An admin card for this request was posted to the approvals channel (later changes update it). */
  adminCardPosted: boolean;
  /** The policy checks as evaluated at submission (the approval card shows them). */
  checks: PolicyCheck[];
  createdAt: string;
  updatedAt: string;
  /** Incremented on every change: stale writes are refused (optimistic concurrency). */
  version: number;
}

/** One line of a request's history, from its audit trail. */
export interface RequestHistoryEntry {
  at: string;
  action: string;
  actorName: string;
  /** The app's own actor ("environment-policy", "expiry-job", "provisioning") when no person acted, so a card can name it in its reader's language. */
  systemActor: string | null;
  status: RequestStatus | null;
  comment: string | null;
}

/** A policy rule evaluated against a submission, shown on the approval card. */
export interface PolicyCheck {
  id: string;
  label: string;
  passed: boolean;
  detail: string;
}

/** What the environment looks like once it exists. */
export interface ProvisionedEnvironment {
  environmentId: string | null;
  environmentUrl: string;
}

/** Filters of the request lists (maker's own, admins' queue and search). */
export interface RequestFilter {
  status?: RequestStatus[];
  type?: EnvironmentType;
  requesterId?: string;
  /** Matches display name or reference. */
  search?: string;
  limit?: number;
}

/** States in which a request counts against the maker's cap (it exists or may soon). */
export const ACTIVE_STATUSES: readonly RequestStatus[] = ['submitted', 'pending-approval', 'approved', 'provisioning', 'provisioned', 'expiring', 'extended'];

/** States in which the environment exists and carries an expiry. */
export const LIVE_STATUSES: readonly RequestStatus[] = ['provisioned', 'expiring', 'extended'];
