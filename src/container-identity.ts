import type { AppConfig } from './config/index.js';
import { IdentityService } from './domain/identity/service.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';

/** People and roles: the initial coe-admins come from the configuration (called by container.ts). */
export function createIdentity(config: AppConfig, store: Store, clock: Clock): IdentityService {
  return new IdentityService(store, clock, { initialAdmins: config.initialAdmins });
}
