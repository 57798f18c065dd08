import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { listenOnLoopback, stopServer } from './loopback-server.js';

type KeyLike = Parameters<SignJWT['sign']>[0];

/**
 * A stand-in for Entra ID's signing keys on 127.0.0.1: serves a JWKS and signs tokens shaped like
 * Teams SSO access tokens, so the tab API's validation runs against real signatures.
 */
export class JwksServer {
  private server: Server | undefined;
  private privateKey!: KeyLike;
  private readonly kid = 'test-key-1';
  url = '';

  async start(): Promise<this> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    this.privateKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: this.kid, use: 'sig', alg: 'RS256' };
    this.server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    this.url = `${await listenOnLoopback(this.server)}/discovery/v2.0/keys`;
    return this;
  }

  async stop(): Promise<void> {
    await stopServer(this.server);
  }

  /** A v2 token for `tenantId`/`oid` with the given audience; `claims` override anything; `expiresIn: null` leaves exp out. */
  async token(options: { audience: string; tenantId: string; oid: string; name?: string; expiresIn?: string | null; issuer?: string; claims?: JWTPayload; key?: KeyLike }): Promise<string> {
    const jwt = new SignJWT({ tid: options.tenantId, oid: options.oid, name: options.name ?? 'Sam Sso', preferred_username: 'sam@contoso.com', scp: 'access_as_user', ver: '2.0', ...options.claims })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? `https://login.microsoftonline.com/${options.tenantId}/v2.0`)
      .setAudience(options.audience)
      .setIssuedAt();
    if (options.expiresIn !== null) jwt.setExpirationTime(options.expiresIn ?? '1h');
    return jwt.sign(options.key ?? this.privateKey);
  }
}
