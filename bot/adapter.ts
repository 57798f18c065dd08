import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import type { AppConfig } from '../src/config/index.js';
import { AccessTokens } from '../src/integrations/entra/credential.js';
import { IdentityCredentialsFactory } from './auth/identity-credentials.js';

/** Why an incoming request was not let in: the caller sees only `status` and a fixed message. */
export class BotAuthError extends Error {
  constructor(
    /** 401: the token is missing, forged, expired or not for us. 503: the signing keys could not be fetched. */
    readonly status: 401 | 503,
    /** What went wrong, for the log only (the library's words). */
    readonly detail: string,
  ) {
    super(status === 503 ? 'The Bot Framework signing keys are unavailable' : 'The request is not authorized');
    this.name = 'BotAuthError';
  }
}

/**
 * Whether a failed authentication is the key endpoint's fault (metadata or keys could not be
 * fetched: 503, worth retrying) rather than the token's (401). botbuilder reports the first as an
 * AuthenticationError with status 500 ("Failed to load …") or lets node-fetch's FetchError through.
 */
function keyEndpointDown(error: unknown): boolean {
  const e = error as { name?: string; statusCode?: number; message?: string };
  if (e?.name === 'FetchError') return true;
  return e?.statusCode === 500 && /^Failed to load/.test(e.message ?? '');
}

/**
 * botbuilder's ISO-text to Date conversion of an incoming activity (its activityValidator, which
 * CloudAdapter.process applies and which is not exported).
 */
function fixActivity(body: Record<string, unknown>): Activity {
  const activity = body as Partial<Activity> & Record<string, unknown>;
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value) as never;
    }
  }
  return activity as Activity;
}

/**
 * The Bot Framework adapter: validates incoming tokens (issuer, audience, signature, service URL)
 * and signs outgoing calls. `handle` authenticates first and turns every failure into a
 * BotAuthError (CloudAdapter.process answered a forged signature with 500 and the library's
 * message), then runs the turn with that authentication.
 */
export class MakerHubAdapter extends TeamsAdapter {
  async handle(body: Record<string, unknown>, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const activity = fixActivity(body);
    let authentication;
    try {
      authentication = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw new BotAuthError(keyEndpointDown(error) ? 503 : 401, error instanceof Error ? error.message : String(error));
    }
    return this.processActivity(authentication, activity, logic);
  }
}

/**
 * The Bot Framework adapter: validates incoming tokens (issuer, audience, signature, service URL)
 * and signs outgoing calls with the bot's identity (a user-assigned managed identity in Azure, or a
 * secret, certificate or federated token) through the credential factory. Without an app id it runs
 * anonymously, which the config allows only outside production. With BOT_OPENID_METADATA_URL
 * (sovereign clouds, and tests with their own key server) botbuilder's parameterized configuration
 * is used: every other value stays the public cloud's, as botbuilder's own default would set them.
 */
export function createAdapter(bot: AppConfig['bot']): MakerHubAdapter {
  if (!bot.appId || !bot.identity) {
    // Anonymous: botbuilder only skips authentication for an empty MultiTenant app id.
    return new MakerHubAdapter({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
  }
  // The password stays out of botbuilder's configuration: signing is the factory's job, and
  // botbuilder refuses a password next to UserAssignedMSI.
  const credentials = { MicrosoftAppId: bot.appId, MicrosoftAppPassword: '', MicrosoftAppType: bot.appType, MicrosoftAppTenantId: bot.tenantId ?? '' };
  const factory = new IdentityCredentialsFactory(bot.appId, new AccessTokens(bot.identity));
  if (!bot.openIdMetadataUrl) return new MakerHubAdapter(credentials, factory);
  const endpoints = {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: bot.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
  return new MakerHubAdapter({ ...credentials, ...endpoints }, factory);
}
