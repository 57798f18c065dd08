import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { tenantAllowed, type TenantPolicy } from '../../domain/identity/tenants.js';
import type { ProfileInput } from '../../domain/identity/types.js';

export interface SsoOptions {
  clientId?: string;
  tabDomain: string;
  botId?: string;
  jwksUri: string;
  /** The tenant rule the bot applies too (config.auth.tenants). */
  tenants: TenantPolicy;
}

/** The delegated scope the tab's SSO token is issued for (the app registration's exposed API). */
const TAB_SCOPE = 'access_as_user';

/** Why a token was refused; the message is safe to return to the caller. */
export class TokenError extends Error {
  constructor(readonly reason: 'missing' | 'expired' | 'signature' | 'audience' | 'issuer' | 'tenant' | 'claims' | 'unconfigured', message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/**
 * Validates Teams tab SSO tokens (Entra ID access tokens for our app): signature against the
 * tenant-independent JWKS, audience (the client id or its api:// URI), issuer of the token's own
 * tenant (v1 or v2 endpoint), tenant allow-list and expiry with five minutes of clock skew.
 */
export function createSsoVerifier(options: SsoOptions) {
  const jwks = createRemoteJWKSet(new URL(options.jwksUri), { cacheMaxAge: 6 * 60 * 60 * 1000, cooldownDuration: 30_000 });
  const audiences = options.clientId
    ? [options.clientId, `api://${options.tabDomain}/${options.clientId}`, ...(options.botId ? [`api://${options.tabDomain}/botid-${options.botId}`] : [])]
    : [];

  return async function verify(token: string): Promise<ProfileInput> {
    if (!audiences.length) throw new TokenError('unconfigured', 'Single sign-on is not configured on this server (AAD_APP_CLIENT_ID).');
    let payload: JWTPayload;
    try {
      // exp is required: a token without one would never expire.
      ({ payload } = await jwtVerify(token, jwks, { audience: audiences, clockTolerance: 300, requiredClaims: ['exp'] }));
    } catch (error) {
      throw classify(error);
    }
    const tid = typeof payload.tid === 'string' ? payload.tid : undefined;
    const oid = typeof payload.oid === 'string' ? payload.oid : undefined;
    if (!tid || !oid) throw new TokenError('claims', 'The sign-in token has no tenant or user id.');
    const issuers = [`https://sts.windows.net/${tid}/`, `https://login.microsoftonline.com/${tid}/v2.0`];
    if (!payload.iss || !issuers.includes(payload.iss)) throw new TokenError('issuer', 'The sign-in token was not issued by your organization.');
    // A user token carries the delegated scope; an app-only token (roles, no scp) is no person at all.
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(TAB_SCOPE) || payload.idtyp === 'app') throw new TokenError('claims', 'The sign-in token is not a user token for Maker Hub (scp).');
    if (!tenantAllowed(options.tenants, tid)) throw new TokenError('tenant', 'Maker Hub is not enabled for your organization.');
    const name = typeof payload.name === 'string' ? payload.name : undefined;
    const upn = typeof payload.preferred_username === 'string' ? payload.preferred_username : typeof payload.upn === 'string' ? payload.upn : undefined;
    return { tenantId: tid, aadObjectId: oid, displayName: name ?? upn ?? 'Maker', email: upn ?? null };
  };
}

function classify(error: unknown): TokenError {
  if (error instanceof errors.JWTExpired) return new TokenError('expired', 'Your sign-in has expired; reload the tab.');
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') return new TokenError('audience', 'The sign-in token is not meant for Maker Hub.');
  if (error instanceof errors.JWTClaimValidationFailed) return new TokenError('claims', `The sign-in token is not valid (${error.claim}).`);
  return new TokenError('signature', 'The sign-in token could not be verified.');
}
