import type { AppConfig } from './config/index.js';
import { environmentsConfig } from './config/environments.js';
import { EnvironmentBackground } from './domain/environments/background.js';
import { manualProvisioner } from './domain/environments/provisioner.js';
import { EnvironmentRequestService } from './domain/environments/service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';
import { createPowerPlatformProvisioner } from './integrations/power-platform/index.js';
import type { Logger } from './logging.js';

/** The environment-request capability, composed from configuration (called by container.ts). */
export interface EnvironmentsModule {
  service: EnvironmentRequestService;
  /** Where admin cards go (null: the tab only). */
  approvalsConversationId: string | null;
  /** Background provisioning and the daily expiry job; the server starts it, tests drive the service directly. */
  background: EnvironmentBackground;
  jobsIntervalMs: number;
}

/** Reads the policy and provisioner settings (failing start-up on a mistake) and builds the capability. */
export function createEnvironments(config: AppConfig, store: Store, clock: Clock, logger: Logger): EnvironmentsModule {
  const c = environmentsConfig(config.settings);
  // Without a power-platform configuration nothing is automatic: both kinds fall back to manual.
  const automatic = c.powerPlatform ? createPowerPlatformProvisioner(c.powerPlatform, clock) : manualProvisioner;
  const service = new EnvironmentRequestService({ store, clock, policy: c.policy, settings: c.settings, provisioners: { manual: manualProvisioner, 'power-platform': automatic } });
  return { service, approvalsConversationId: c.settings.approvalsConversationId, background: new EnvironmentBackground(service, logger.child({ capability: 'environments' })), jobsIntervalMs: c.jobsIntervalMs };
}
