import path from 'node:path';
import { tenantPolicy, type TenantPolicy } from '../domain/identity/tenants.js';
import type { IdentitySpec } from '../integrations/entra/credential.js';
import type { Settings } from './settings.js';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string }
  /**
   * PostgreSQL compiled to WASM, in-process: used by the test suite where no server runs. `snapshot`
   * is a data folder dumped from another PGlite (an already migrated one starts in a second instead
   * of running initdb and every migration again).
   */
  | { kind: 'pglite'; snapshot?: Blob };

export interface DevIdentity {
  tenantId: string;
  aadObjectId: string;
  displayName: string;
}

/** The typed, validated configuration every part of the app receives (never process.env). */
export interface AppConfig {
  env: Settings['NODE_ENV'];
  envName: string;
  server: { host: string; port: number; tabStaticDir: string };
  database: DatabaseConfig;
  logLevel: Settings['LOG_LEVEL'];
  seedSampleContent: boolean;
  bot: {
    appId?: string;
    appPassword?: string;
    appType: Settings['MicrosoftAppType'];
    tenantId?: string;
    /** Where channel tokens' signing metadata comes from (undefined = the public cloud's). */
    openIdMetadataUrl?: string;
    /** How long a turn waits for Teams to take a reply before the outbox takes over. */
    replyTimeoutMs: number;
    /** How the bot signs in to the Bot Connector and Graph; absent without MicrosoftAppId (anonymous). */
    identity?: IdentitySpec;
  };
  auth: {
    clientId?: string;
    tabDomain: string;
    jwksUri: string;
    /** Who may use the app at all: the one tenant rule of the bot and the tab API. */
    tenants: TenantPolicy;
    devMode: boolean;
    devIdentity: DevIdentity;
  };
  initialAdmins: string[];
  settings: Settings;
}

export function toAppConfig(s: Settings): AppConfig {
  const database: DatabaseConfig = s.DATABASE_URL
    ? { kind: 'postgres', url: s.DATABASE_URL }
    : { kind: 'sqlite', file: path.resolve(s.DATA_DIR, 'maker-hub.db') };
  return {
    env: s.NODE_ENV,
    envName: s.MAKER_HUB_ENV,
    server: { host: s.HOST, port: s.PORT, tabStaticDir: path.resolve(s.TAB_STATIC_DIR) },
    database,
    logLevel: s.LOG_LEVEL,
    seedSampleContent: s.SEED_SAMPLE_CONTENT,
    bot: {
      appId: s.MicrosoftAppId,
      appPassword: s.MicrosoftAppPassword,
      appType: s.MicrosoftAppType,
      tenantId: s.MicrosoftAppTenantId,
      openIdMetadataUrl: s.BOT_OPENID_METADATA_URL,
      replyTimeoutMs: s.BOT_REPLY_TIMEOUT_MS,
      identity: botIdentity(s),
    },
    auth: {
      clientId: s.AAD_APP_CLIENT_ID,
      tabDomain: s.TAB_DOMAIN,
      jwksUri: s.AAD_JWKS_URI,
      tenants: tenantPolicy({ allowed: s.ALLOWED_TENANTS, botTenantId: s.MicrosoftAppTenantId, production: s.NODE_ENV === 'production' || !!s.MicrosoftAppId }),
      devMode: s.AUTH_DEV_MODE && s.NODE_ENV !== 'production',
      devIdentity: { tenantId: s.DEV_TENANT_ID, aadObjectId: s.DEV_USER_ID, displayName: s.DEV_USER_NAME },
    },
    initialAdmins: s.INITIAL_ADMINS,
    settings: s,
  };
}

/**
 * The bot's identity: a user-assigned managed identity (UserAssignedMSI, the client id is
 * MicrosoftAppId), or an app registration with a secret, a certificate or a federated token.
 * Multi-tenant bots get their Bot Connector tokens from the botframework.com tenant.
 */
function botIdentity(s: Settings): IdentitySpec | undefined {
  if (!s.MicrosoftAppId) return undefined;
  const managed = s.MicrosoftAppType === 'UserAssignedMSI';
  return {
    clientId: s.MicrosoftAppId,
    tenantId: s.MicrosoftAppType === 'MultiTenant' ? 'botframework.com' : s.MicrosoftAppTenantId,
    clientSecret: managed ? undefined : s.MicrosoftAppPassword,
    certificateFile: managed ? undefined : s.BOT_CERTIFICATE_FILE,
    federatedTokenFile: managed ? undefined : s.AZURE_FEDERATED_TOKEN_FILE,
    authorityHost: s.AZURE_AUTHORITY_HOST,
  };
}
