import type { IncomingMessage, ServerResponse } from 'node:http';
import { EntraStandIn, type TokenReply } from './entra-stand-in.js';
import { bapRoute, type Call } from './power-platform-stand-in/bap-routes.js';
import { governanceRoute } from './power-platform-stand-in/governance-routes.js';
import { bapError } from './power-platform-stand-in/shapes.js';
import type { Faults, RecordedRequest } from './power-platform-stand-in/state.js';
import { World, type Reply, type WorldOptions } from './power-platform-stand-in/world.js';
import { LoopbackStandIn } from './loopback-server.js';

export type { Faults, RecordedRequest } from './power-platform-stand-in/state.js';

export interface StandInOptions extends WorldOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Lifetime of issued tokens (seconds). */
  tokenExpiresIn: number;
}

const SCOPES = { bap: 'https://service.powerapps.com/.default', ppapi: 'https://api.powerplatform.com/.default' };
const NOT_REGISTERED = "The service principal with id '{id}' does not have permission to access the path '{path}' in tenant '{tenant}'.";

/**
 * A local stand-in of the Power Platform admin API and of Entra ID's token endpoint, following
 * POWER-PLATFORM-API.md ("Stand-in server"): 127.0.0.1 only, deterministic ids, fast timings, and
 * faults per test through `POST /__standin/faults`; `GET /__standin/requests` lists what was called.
 */
export class PowerPlatformStandIn extends LoopbackStandIn {
  readonly options: StandInOptions;
  readonly world: World;
  readonly requests: RecordedRequest[] = [];
  private readonly tokens = new Map<string, { scope: string; expiresAt: number }>();
  private issued = 0;
  /** Entra ID's token endpoint over https, in front of {@link token}: where @azure/identity signs in. */
  readonly entra = new EntraStandIn({ issue: (tenant, form) => this.recordToken(tenant, form) });

  constructor(options: Partial<StandInOptions> = {}) {
    super();
    this.options = {
      tenantId: '00000000-0000-0000-0000-0000000000aa',
      clientId: '00000000-0000-0000-0000-00000000c11e',
      clientSecret: 'stand-in-secret',
      tokenExpiresIn: 3599,
      retryAfter: 1,
      pollsUntilDone: 2,
      metadataLagReads: 1,
      ...options,
    };
    this.world = new World(this.options);
    this.world.adminApplications.add(this.options.clientId);
  }

  /** A bug in the stand-in shows in the test's failure as a 500 with its stack, not as a dropped connection. */
  protected override failed(error: unknown, res: ServerResponse): void {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(`stand-in failure: ${error instanceof Error ? error.stack : String(error)}`);
  }

  protected override companions() {
    return [this.entra];
  }

  /** Settings that point Maker Hub's power-platform provisioner here. */
  settings(): Record<string, string> {
    return {
      ENVIRONMENT_PROVISIONER: 'power-platform',
      POWER_PLATFORM_TENANT_ID: this.options.tenantId,
      POWER_PLATFORM_CLIENT_ID: this.options.clientId,
      POWER_PLATFORM_CLIENT_SECRET: this.options.clientSecret,
      AZURE_AUTHORITY_HOST: this.entra.url,
      POWER_PLATFORM_BAP_URL: this.url,
    };
  }

  /** Sets the faults for the next calls (merged into the current ones). */
  faults(faults: Faults): void {
    this.world.faults = { ...this.world.faults, ...faults };
  }

  /** Calls to the API (token and control routes left out), optionally only those whose path contains `part`. */
  calls(part?: string): RecordedRequest[] {
    return this.requests.filter((r) => !r.path.startsWith('/__standin') && !r.path.includes('/oauth2/') && (!part || r.path.includes(part)));
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const contentType = String(req.headers['content-type'] ?? '');
    let body: unknown = null;
    try {
      body = !text ? null : contentType.includes('json') ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
    } catch {
      body = text;
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', url: url.toString(), path: url.pathname, apiVersion: url.searchParams.get('api-version'), headers: req.headers as Record<string, string>, body, status: 0, at: Date.now() };
    this.requests.push(record);
    const reply = this.route(req.method ?? 'GET', url, body as Record<string, any> | null, req.headers.authorization);
    record.status = reply.status;
    if (reply.drop) {
      req.socket.destroy();
      return;
    }
    const headers = { ...(reply.body !== undefined ? { 'content-type': 'application/json' } : {}), ...reply.headers };
    // Not chained: restify (loaded in the same test process) patches writeHead to return nothing.
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  private route(method: string, url: URL, body: Record<string, any> | null, authorization: string | undefined): Reply {
    const path = url.pathname;
    if (path === '/__standin/faults' && method === 'POST') {
      this.faults((body ?? {}) as Faults);
      return { status: 200, body: this.world.faults };
    }
    if (path === '/__standin/requests' && method === 'GET') return { status: 200, body: { value: this.requests.filter((r) => !r.path.startsWith('/__standin')) } };
    const token = path.match(/^\/([^/]+)\/oauth2\/v2\.0\/token$/);
    if (token && method === 'POST') return this.token(token[1]!, body ?? {});
    const throttle = this.world.faults.throttle;
    if (throttle && throttle.count > 0) {
      throttle.count -= 1;
      return { status: 429, headers: { 'retry-after': String(throttle.retryAfter) }, body: bapError('TooManyRequests', 'Rate limit is exceeded.') };
    }
    const auth = this.authenticate(authorization);
    if (auth) return auth;
    if (this.world.faults.registered === false) return { status: 403, body: bapError('Forbidden', NOT_REGISTERED.replace('{id}', this.options.clientId).replace('{path}', path).replace('{tenant}', this.options.tenantId)) };
    const call: Call = { method, path, apiVersion: url.searchParams.get('api-version'), body, base: this.url };
    return bapRoute(this.world, call) ?? governanceRoute(this.world, call) ?? { status: 404, body: bapError('NotFound', `No route ${method} ${path}`) };
  }

  /** A token request reaching the Entra stand-in, recorded with the API calls (tests count them). */
  private recordToken(tenant: string, form: Record<string, string>): TokenReply {
    const reply = this.token(tenant, form);
    const path = `/${tenant}/oauth2/v2.0/token`;
    this.requests.push({ method: 'POST', url: `${this.entra.url}${path}`, path, apiVersion: null, headers: {}, body: form, status: reply.status, at: Date.now() });
    return reply as TokenReply;
  }

  /** Entra ID client credentials (§1): known id/secret and a supported scope, else 400/401 like AAD. */
  private token(tenant: string, form: Record<string, string>): Reply {
    if (form.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'AADSTS70003: The grant type is not supported.' } };
    if (tenant !== this.options.tenantId) return { status: 400, body: { error: 'invalid_request', error_description: `AADSTS90002: Tenant '${tenant}' not found.` } };
    if (form.client_id !== this.options.clientId || form.client_secret !== this.options.clientSecret)
      return { status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' } };
    if (!Object.values(SCOPES).includes(form.scope ?? '')) return { status: 400, body: { error: 'invalid_scope', error_description: `AADSTS70011: The provided scope '${form.scope}' is not valid.` } };
    const access = `standin-token-${++this.issued}`;
    this.tokens.set(access, { scope: form.scope!, expiresAt: Date.now() + this.options.tokenExpiresIn * 1000 });
    return { status: 200, body: { token_type: 'Bearer', expires_in: this.options.tokenExpiresIn, ext_expires_in: this.options.tokenExpiresIn, access_token: access } };
  }

  /** Every API call needs a live token for the BAP audience; the `unauthorized` fault answers 401 regardless. */
  private authenticate(header: string | undefined): Reply | undefined {
    const unauthorized: Reply = { status: 401, headers: { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"' }, body: bapError('InvalidAuthenticationToken', 'The access token is invalid or expired.') };
    const token = header?.match(/^Bearer (\S+)$/)?.[1];
    const known = token ? this.tokens.get(token) : undefined;
    if (!known || known.expiresAt < Date.now() || known.scope !== SCOPES.bap) return unauthorized;
    if (this.world.faults.unauthorized) {
      this.world.faults.unauthorized -= 1;
      this.tokens.delete(token!);
      return unauthorized;
    }
    return undefined;
  }
}
