import type { Services } from '../src/container.js';
import type { TabLinks } from './cards/links.js';
import type { CommandRouter } from './commands.js';

/** What the Teams layer needs from the rest of the app. */
export interface BotDeps {
  services: Services;
  links: TabLinks;
  router: CommandRouter;
  /** Tenants allowed to use the bot; empty = any (development) or the bot's own tenant. */
  allowedTenants: readonly string[];
}
