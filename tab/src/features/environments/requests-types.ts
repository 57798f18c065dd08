/**
 * What the server's environment-request API sends (src/server/routes/environments.ts). Kept as
 * the tab's own types so the tab depends on the API's JSON, not on server modules.
 */

export type RequestStatus =
  | 'submitted'
  | 'pending-approval'
  | 'approved'
  | 'rejected'
  | 'provisioning'
  | 'provisioned'
  | 'failed'
  | 'cancelled'
  | 'expiring'
  | 'expired'
  | 'extended';

export const requestStatuses: readonly RequestStatus[] = ['submitted', 'pending-approval', 'approved', 'rejected', 'provisioning', 'provisioned', 'failed', 'cancelled', 'expiring', 'expired', 'extended'];

export interface PolicyCheck {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  readonly detail: string;
}

/** One environment request as the tab shows it. */
export interface EnvironmentRequestView {
  readonly id: string;
  readonly reference: string;
  readonly displayName: string;
  readonly type: string;
  readonly region: string;
  readonly justification: string;
  readonly dataverse: boolean;
  readonly languageLcid: number | null;
  readonly currencyCode: string | null;
  readonly securityGroupId: string | null;
  readonly dataClassification: string;
  readonly expectedUsers: number;
  readonly durationDays: number | null;
  readonly status: RequestStatus;
  readonly statusLabel: string;
  readonly requesterName: string;
  readonly approval: 'auto' | 'admin' | null;
  readonly decidedByName: string | null;
  readonly decidedAt: string | null;
  readonly decisionComment: string | null;
  readonly provisioner: 'manual' | 'power-platform';
  readonly environmentUrl: string | null;
  readonly failureReason: string | null;
  readonly expiresAt: string | null;
  readonly pendingExtension: { readonly days: number; readonly reason: string; readonly requestedAt: string } | null;
  readonly checks: readonly PolicyCheck[];
  readonly needsAdmin: boolean;
  readonly createdAt: string;
}

export interface HistoryEntry {
  readonly at: string;
  readonly action: string;
  readonly actorName: string;
  readonly status: RequestStatus | null;
  readonly comment: string | null;
}

export interface RequestDetail {
  readonly request: EnvironmentRequestView;
  readonly history: readonly HistoryEntry[];
}

export interface Choice<T> {
  readonly value: T;
  readonly label: string;
}

/** The CoE policy's choices for the request form. */
export interface FormOptions {
  readonly types: ReadonlyArray<{ readonly value: string; readonly defaultDurationDays: number | null; readonly maxDurationDays: number | null; readonly justificationMinimum: number }>;
  readonly regions: ReadonlyArray<Choice<string>>;
  readonly languages: ReadonlyArray<Choice<number>>;
  readonly currencies: ReadonlyArray<Choice<string>>;
  readonly naming: { readonly explanation: string; readonly example: string };
}

/** The form's values as typed (strings, like the card's), sent as they are; the server checks them. */
export interface RequestDraft {
  displayName: string;
  type: string;
  region: string;
  justification: string;
  dataverse: boolean;
  languageLcid: string;
  currencyCode: string;
  securityGroupId: string;
  dataClassification: string;
  expectedUsers: string;
  durationDays: string;
}
