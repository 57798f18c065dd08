/**
 * Action.Execute verbs of the environment-request cards. Shared by the card builders and the
 * handlers so a typo cannot split them; the `env.` prefix keeps them apart from other capabilities.
 */
export const ENV_VERBS = {
  /** The maker submits the request form (data: formId). */
  submit: 'env.submit',
  /** Show one request's status card (data: requestId). */
  show: 'env.status.show',
  /** Automatic refresh of a maker's status card. */
  refreshStatus: 'env.status.refresh',
  cancel: 'env.cancel',
  /** The maker asks for more time (inputs: extensionDays, extensionReason). */
  extend: 'env.extend',
  /** Admin card actions (input: comment). */
  approve: 'env.approve',
  reject: 'env.reject',
  /** Record a manually created environment (inputs: environmentUrl, environmentId). */
  markProvisioned: 'env.provisioned',
  retry: 'env.retry',
  approveExtension: 'env.extension.approve',
  rejectExtension: 'env.extension.reject',
  /** Automatic refresh of the admin card: everyone sees the current state. */
  refreshAdmin: 'env.admin.refresh',
} as const;

export type EnvVerb = (typeof ENV_VERBS)[keyof typeof ENV_VERBS];
