/** Row types of the environment request tables (migration 0004-environments). */
export interface EnvironmentRequestsTable {
  id: string;
  reference: string;
  requester_id: string;
  submission_key: string;
  display_name: string;
  env_type: string;
  region: string;
  justification: string;
  dataverse: number;
  language_lcid: number | null;
  currency_code: string | null;
  security_group_id: string | null;
  data_classification: string;
  expected_users: number;
  duration_days: number | null;
  status: string;
  approval: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  provisioner: string;
  environment_id: string | null;
  environment_url: string | null;
  failure_reason: string | null;
  expires_at: string | null;
  /** First time the request reached provisioned (lead time); kept when it later expires or is extended. */
  provisioned_at: string | null;
  expiry_warned_at: string | null;
  pending_extension_json: string | null;
  extensions_granted: number;
  admin_card_posted: number;
  checks_json: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EnvironmentProvisioningJobsTable {
  request_id: string;
  state: string;
  checkpoint_json: string | null;
  attempts: number;
  next_run_at: string;
  deadline_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  updated_at: string;
}
