import type { EnvironmentSettings } from '../domain/environments/context.js';
import type { EnvironmentPolicy } from '../domain/environments/policy.js';
import type { PowerPlatformConfig } from '../integrations/power-platform/index.js';
import { loadEnvironmentPolicy } from './environment-policy.js';
import { ConfigError } from './load.js';
import type { Settings } from './settings.js';

/** The environment-request capability's configuration, checked as a whole at start-up. */
export interface EnvironmentsConfig {
  policy: EnvironmentPolicy;
  settings: EnvironmentSettings;
  /** Present when ENVIRONMENT_PROVISIONER is power-platform. */
  powerPlatform: PowerPlatformConfig | null;
  /** How often background provisioning runs. */
  jobsIntervalMs: number;
}

/**
 * Reads the policy file and the provisioner settings. The power-platform provisioner needs its
 * service principal; a missing piece stops start-up with the setting's name.
 */
export function environmentsConfig(s: Settings): EnvironmentsConfig {
  const policy = loadEnvironmentPolicy(s.ENVIRONMENT_POLICY_FILE);
  let powerPlatform: PowerPlatformConfig | null = null;
  if (s.ENVIRONMENT_PROVISIONER === 'power-platform') {
    // No secret is needed: without POWER_PLATFORM_CLIENT_SECRET or a certificate, the client id is
    // a managed (or workload) identity's, registered as the Power Platform management app.
    const missing = (['POWER_PLATFORM_TENANT_ID', 'POWER_PLATFORM_CLIENT_ID'] as const).filter((name) => !s[name]);
    if (missing.length) throw new ConfigError(missing.map((name) => `Invalid setting ${name}: required when ENVIRONMENT_PROVISIONER is power-platform`));
    powerPlatform = {
      identity: {
        tenantId: s.POWER_PLATFORM_TENANT_ID!,
        clientId: s.POWER_PLATFORM_CLIENT_ID!,
        clientSecret: s.POWER_PLATFORM_CLIENT_SECRET,
        certificateFile: s.POWER_PLATFORM_CERTIFICATE_FILE,
        federatedTokenFile: s.AZURE_FEDERATED_TOKEN_FILE,
        authorityHost: s.AZURE_AUTHORITY_HOST,
      },
      scope: s.POWER_PLATFORM_SCOPE,
      bapUrl: s.POWER_PLATFORM_BAP_URL,
      apiVersion: s.POWER_PLATFORM_API_VERSION,
      validateApiVersion: s.POWER_PLATFORM_VALIDATE_API_VERSION,
      pollIntervalMs: s.POWER_PLATFORM_POLL_INTERVAL_SECONDS * 1000,
    };
  }
  return {
    policy,
    settings: {
      approvalsConversationId: s.ENVIRONMENT_APPROVALS_CONVERSATION_ID ?? null,
      provisioner: s.ENVIRONMENT_PROVISIONER,
      provisionTimeoutMs: s.POWER_PLATFORM_TIMEOUT_SECONDS * 1000,
    },
    powerPlatform,
    jobsIntervalMs: s.ENVIRONMENT_JOBS_INTERVAL_SECONDS * 1000,
  };
}
