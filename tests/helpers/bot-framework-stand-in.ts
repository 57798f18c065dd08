import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { listenOnLoopback, stopServer } from './loopback-server.js';

type KeyLike = Parameters<SignJWT['sign']>[0];

/** The issuer of the Bot Framework channel's tokens (what botbuilder requires of `iss`). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/**
 * A stand-in for login.botframework.com on 127.0.0.1: the OpenID metadata document and the signing
 * keys (endorsed for msteams, like the real ones), and tokens signed the way the Bot Framework
 * channel signs them. The app reaches it through BOT_OPENID_METADATA_URL. `down` makes both
 * documents answer 503 (the key endpoint itself is out).
 */
export class BotFrameworkStandIn {
  private server: Server | undefined;
  private privateKey!: KeyLike;
  readonly kid = 'bf-test-key-1';
  /** When true, the metadata and the keys answer 503. */
  down = false;
  /** Requests for the metadata and the keys, to see what was fetched. */
  readonly fetched: string[] = [];
  url = '';
  private origin = '';

  async start(): Promise<this> {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    this.privateKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: this.kid, kty: 'RSA', use: 'sig', endorsements: ['msteams'] };
    this.server = createServer((req, res) => {
      this.fetched.push(req.url ?? '');
      if (this.down) {
        res.writeHead(503);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.startsWith('/keys')) res.end(JSON.stringify({ keys: [jwk] }));
      else res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${this.origin}/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] }));
    });
    this.origin = await listenOnLoopback(this.server);
    this.url = `${this.origin}/v1/.well-known/openidconfiguration`;
    return this;
  }

  async stop(): Promise<void> {
    await stopServer(this.server);
  }

  /**
   * A channel token for `appId` and `serviceUrl` (valid for an hour). `claims` override anything;
   * `kid` and `key` forge the header and the signature; `notBefore` sets nbf (epoch seconds).
   */
  async token(options: { appId: string; serviceUrl: string; claims?: JWTPayload; kid?: string; key?: KeyLike; notBefore?: number; expiresIn?: string }): Promise<string> {
    const jwt = new SignJWT({ serviceurl: options.serviceUrl, ...options.claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? this.kid, typ: 'JWT' })
      .setIssuer(CHANNEL_ISSUER)
      .setAudience(options.appId)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? '1h');
    if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
    return jwt.sign(options.key ?? this.privateKey);
  }
}
