import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AppConfig } from '../src/config/index.js';

/**
 * The Bot Framework adapter: validates incoming tokens (issuer, audience, service URL) and signs
 * outgoing calls. Without an app id it runs anonymously, which the config allows only outside production.
 */
export function createAdapter(bot: AppConfig['bot']): TeamsAdapter {
  if (!bot.appId) {
    // Anonymous: botbuilder only skips authentication for an empty MultiTenant app id.
    return new TeamsAdapter({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
  }
  return new TeamsAdapter({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword ?? '',
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId ?? '',
  });
}
