import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackStandIn } from './loopback-server.js';

const TLS = new URL('../fixtures/tls/', import.meta.url);

/** What the token endpoint answers: status and JSON body, like Entra ID. */
export interface TokenReply {
  status: number;
  body: Record<string, unknown>;
}

/** One request the stand-in received. */
export interface EntraRequest {
  method: string;
  path: string;
  tenant: string | null;
  form: Record<string, string>;
  headers: IncomingMessage['headers'];
}

export interface EntraStandInOptions {
  /** Decides a client-credentials request; the default issues `entra-token-<n>` to anyone. */
  issue?: (tenant: string, form: Record<string, string>) => TokenReply;
}

/**
 * Entra ID on 127.0.0.1 over https (trusted through NODE_EXTRA_CA_CERTS=tests/fixtures/tls/ca.pem,
 * which the mocha configurations set): the OpenID metadata MSAL reads for an authority, the v2.0
 * token endpoint, and App Service's managed identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER).
 * `@azure/identity` talks to it exactly as to login.microsoftonline.com when AZURE_AUTHORITY_HOST
 * is {@link url}.
 */
export class EntraStandIn extends LoopbackStandIn {
  readonly requests: EntraRequest[] = [];
  /** The header value the managed identity endpoint requires (App Service's X-IDENTITY-HEADER). */
  readonly identityHeader = 'stand-in-identity-header';
  private issued = 0;

  constructor(private readonly options: EntraStandInOptions = {}) {
    super();
  }

  protected override newServer() {
    return createServer({ cert: readFileSync(new URL('localhost.pem', TLS)), key: readFileSync(new URL('localhost.key', TLS)) }, (req, res) => {
      this.handle(req, res).catch(() => res.destroy());
    });
  }

  /** Lets the process end while this stand-in still listens. */
  unref(): void {
    this.server?.unref();
  }

  /** Environment variables App Service sets for its managed identity endpoint, pointing here. */
  managedIdentityEnv(): Record<string, string> {
    return { IDENTITY_ENDPOINT: `${this.url}/msi/token`, IDENTITY_HEADER: this.identityHeader };
  }

  /** Token requests (client credentials and managed identity), in order. */
  tokenRequests(): EntraRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token') || r.path === '/msi/token');
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const tenant = url.pathname.split('/')[1] || null;
    const form = req.method === 'POST' ? Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) : Object.fromEntries(url.searchParams);
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, tenant, form, headers: req.headers });
    if (url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) return json(res, 200, this.metadata(tenant!));
    if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
      const reply = this.options.issue ? this.options.issue(tenant!, form) : this.token();
      return json(res, reply.status, reply.body);
    }
    if (req.method === 'GET' && url.pathname === '/msi/token') {
      if (req.headers['x-identity-header'] !== this.identityHeader) return json(res, 401, { error: 'unauthorized' });
      const expiresOn = Math.floor(Date.now() / 1000) + 3600;
      return json(res, 200, { access_token: `msi-token-${++this.issued}`, expires_on: String(expiresOn), resource: url.searchParams.get('resource'), token_type: 'Bearer', client_id: url.searchParams.get('client_id') });
    }
    return json(res, 404, { error: 'not_found' });
  }

  private token(): TokenReply {
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: `entra-token-${++this.issued}` } };
  }

  private metadata(tenant: string): Record<string, unknown> {
    const base = `${this.url}/${tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      issuer: `${base}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      tenant_region_scope: null,
      cloud_instance_name: 'microsoftonline.com',
    };
  }
}

let shared: Promise<EntraStandIn> | undefined;

/**
 * The managed identity endpoint of this test process (IDENTITY_ENDPOINT / IDENTITY_HEADER set once).
 * MSAL remembers the first managed identity source and endpoint it sees for the rest of the process,
 * as a host's never change; so every test shares this one stand-in, started once and left running.
 */
export function managedIdentityEndpoint(): Promise<EntraStandIn> {
  shared ??= new EntraStandIn().start().then((standIn) => {
    standIn.unref();
    Object.assign(process.env, standIn.managedIdentityEnv());
    return standIn;
  });
  return shared;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  // Not chained: restify (loaded in the same test process) patches writeHead to return nothing.
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
