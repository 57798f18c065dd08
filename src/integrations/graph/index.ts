import type { AppConfig } from '../../config/index.js';
import { AccessTokens } from '../entra/credential.js';
import { GraphClient } from './graph-client.js';

export { GraphClient, displayNameSearch, type OnlineMeeting, type SecurityGroup } from './graph-client.js';
export { GraphError, type GraphFailure } from './errors.js';

/**
 * The Graph client of this deployment: wherever the bot has an identity (managed identity, secret,
 * certificate or federation) the app signs in to Graph as the bot, in each caller's tenant;
 * without one (local development) there is none and the tab keeps its paste-in fields.
 */
export function graphFromConfig(config: AppConfig): GraphClient | null {
  if (!config.bot.identity) return null;
  const tokens = new AccessTokens(config.bot.identity);
  return new GraphClient({ baseUrl: config.settings.GRAPH_BASE_URL, token: (scope, tenantId) => tokens.get(scope, tenantId), timeoutMs: config.settings.GRAPH_TIMEOUT_MS, onUnauthorized: () => tokens.reset() });
}
