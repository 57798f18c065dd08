import type { Request } from 'restify';
import type { AppConfig } from '../../config/index.js';
import type { IdentityService } from '../../domain/identity/service.js';
import type { EntityRef } from '../../domain/audit/types.js';
import { userActor, type Principal, type ProfileInput, type Role } from '../../domain/identity/types.js';
import { createSsoVerifier, TokenError } from './sso-token.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who is calling the tab API: the SSO bearer token's person, or — only in development mode and
 * only without a token — the configured development identity (X-Dev-User picks another one).
 */
export function createTabAuthenticator(config: AppConfig, identity: IdentityService) {
  const verify = createSsoVerifier({
    clientId: config.auth.clientId,
    tabDomain: config.auth.tabDomain,
    botId: config.settings.BOT_ID ?? config.bot.appId,
    jwksUri: config.auth.jwksUri,
    tenants: config.auth.tenants,
  });

  async function profileFor(req: Request): Promise<ProfileInput> {
    const header = req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) throw new TokenError('missing', 'The Authorization header must be "Bearer <token>".');
      return verify(match[1]);
    }
    if (!config.auth.devMode) throw new TokenError('missing', 'Sign-in required: open Maker Hub in Teams.');
    const dev = config.auth.devIdentity;
    const devUser = req.header('x-dev-user');
    if (devUser && !GUID.test(devUser)) throw new TokenError('claims', 'X-Dev-User must be an Entra object id (GUID).');
    if (!devUser || devUser === dev.aadObjectId) return { tenantId: dev.tenantId, aadObjectId: dev.aadObjectId, displayName: dev.displayName };
    const name = req.header('x-dev-user-name');
    return { tenantId: dev.tenantId, aadObjectId: devUser, displayName: name?.slice(0, 80) || `Dev Maker ${devUser.slice(-4)}` };
  }

  /** The tab's locale (X-Locale, Teams' app.locale), kept as the person's last seen one; normalizeProfile drops a malformed one. */
  const withLocale = (profile: ProfileInput, req: Request): ProfileInput => {
    const locale = req.header('x-locale');
    return locale ? { ...profile, locale: locale.slice(0, 64) } : profile;
  };
  const authenticate = async (req: Request): Promise<Principal> => identity.signIn(withLocale(await profileFor(req), req));
  /** A route's role rule (routes/access.ts), checked and audited like the domain's own checks. */
  const requireRoles = (principal: Principal, roles: readonly Role[], action: string, entity: EntityRef) =>
    identity.requireRoles(userActor(principal), [...roles], action, entity);
  return Object.assign(authenticate, { requireRoles });
}

/** Signs the caller of a tab API request in; `requireRoles` enforces a route's role rule. */
export type TabAuthenticator = ReturnType<typeof createTabAuthenticator>;
