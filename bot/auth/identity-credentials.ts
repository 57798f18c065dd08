import { AppCredentials, ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import type { AccessTokens } from '../../src/integrations/entra/credential.js';

/**
 * Bot Connector credentials from the app's one credential factory (src/integrations/entra): the
 * bot signs its outgoing calls with a token from its managed identity, secret, certificate or
 * federated token, as configured, instead of botbuilder's own per-type credential classes.
 */
export class IdentityCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly appId: string,
    private readonly tokens: AccessTokens,
  ) {
    super();
  }

  async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }

  /** An app id is configured, so incoming activities are always authenticated. */
  async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }

  async createCredentials(appId: string, audience: string | undefined): Promise<ServiceClientCredentials> {
    if (appId !== this.appId) throw new Error(`IdentityCredentialsFactory: unknown app id ${appId}`);
    return new IdentityAppCredentials(appId, audience, this.tokens);
  }
}

/** Signs Bot Connector requests with `<audience>/.default` tokens (botbuilder caches and refreshes them). */
class IdentityAppCredentials extends AppCredentials {
  constructor(
    appId: string,
    audience: string | undefined,
    private readonly tokens: AccessTokens,
  ) {
    super(appId, undefined, audience);
  }

  protected async refreshToken(): Promise<{ accessToken: string; expiresOn: Date }> {
    const scope = this.oAuthScope.endsWith('/.default') ? this.oAuthScope : `${this.oAuthScope}/.default`;
    const token = await this.tokens.getWithExpiry(scope);
    return { accessToken: token.token, expiresOn: new Date(token.expiresOnTimestamp) };
  }
}
