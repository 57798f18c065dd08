import type { Services } from '../src/container.js';
import type { TenantPolicy } from '../src/domain/identity/tenants.js';
import type { TabLinks } from './cards/links.js';
import type { CommandRouter } from './commands.js';

/** What the Teams layer needs from the rest of the app. */
export interface BotDeps {
  services: Services;
  links: TabLinks;
  router: CommandRouter;
  /** Who may use the app (the same rule as the tab API's, config.auth.tenants). */
  tenants: TenantPolicy;
}
