import type { Insertable, Selectable } from 'kysely';
import type { NewEnvironmentRequest } from '../../../domain/environments/repository.js';
import type { DataClassification, EnvironmentRequest, EnvironmentType, PendingExtension, PolicyCheck, ProvisionerKind, RequestStatus } from '../../../domain/environments/types.js';
import type { EnvironmentRequestsTable } from '../../schema-environments.js';

type Row = Selectable<EnvironmentRequestsTable> & { requester_name: string; decider_name: string | null };

/** A stored row (joined with the requester's and decider's names) as the domain sees it. */
export function toEnvironmentRequest(r: Row): EnvironmentRequest {
  return {
    id: r.id,
    reference: r.reference,
    requesterId: r.requester_id,
    requesterName: r.requester_name,
    displayName: r.display_name,
    type: r.env_type as EnvironmentType,
    region: r.region,
    justification: r.justification,
    dataverse: Number(r.dataverse) === 1,
    languageLcid: r.language_lcid === null ? null : Number(r.language_lcid),
    currencyCode: r.currency_code,
    securityGroupId: r.security_group_id,
    dataClassification: r.data_classification as DataClassification,
    expectedUsers: Number(r.expected_users),
    durationDays: r.duration_days === null ? null : Number(r.duration_days),
    status: r.status as RequestStatus,
    approval: r.approval as EnvironmentRequest['approval'],
    decidedBy: r.decided_by,
    decidedByName: r.decider_name,
    decidedAt: r.decided_at,
    decisionComment: r.decision_comment,
    provisioner: r.provisioner as ProvisionerKind,
    environmentId: r.environment_id,
    environmentUrl: r.environment_url,
    failureReason: r.failure_reason,
    expiresAt: r.expires_at,
    expiryWarnedAt: r.expiry_warned_at,
    pendingExtension: r.pending_extension_json ? (JSON.parse(r.pending_extension_json) as PendingExtension) : null,
    extensionsGranted: Number(r.extensions_granted),
    adminCardPosted: Number(r.admin_card_posted) === 1,
    checks: JSON.parse(r.checks_json) as PolicyCheck[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  };
}

/** A new request as a table row. */
export function toRow(n: NewEnvironmentRequest): Insertable<EnvironmentRequestsTable> {
  return {
    id: n.id,
    reference: n.reference,
    requester_id: n.requesterId,
    submission_key: n.submissionKey,
    display_name: n.displayName,
    env_type: n.type,
    region: n.region,
    justification: n.justification,
    dataverse: n.dataverse ? 1 : 0,
    language_lcid: n.languageLcid,
    currency_code: n.currencyCode,
    security_group_id: n.securityGroupId,
    data_classification: n.dataClassification,
    expected_users: n.expectedUsers,
    duration_days: n.durationDays,
    status: n.status,
    approval: null,
    decided_by: null,
    decided_at: null,
    decision_comment: null,
    provisioner: n.provisioner,
    environment_id: null,
    environment_url: null,
    failure_reason: null,
    expires_at: null,
    expiry_warned_at: null,
    pending_extension_json: null,
    extensions_granted: 0,
    admin_card_posted: 0,
    checks_json: JSON.stringify(n.checks),
    created_at: n.createdAt,
    updated_at: n.createdAt,
    version: 1,
  };
}
