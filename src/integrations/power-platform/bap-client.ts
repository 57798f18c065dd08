import { randomUUID } from 'node:crypto';
import { parseRetryAfter } from '../../domain/shared/retry-after.js';
import { PermanentFailure, RetryLater } from './errors.js';
import { inSpan } from '../../telemetry/instruments.js';
import type { BearerTokens } from './tokens.js';

/** Where the BAP API is and which api-versions to use (configuration, so tests can point at a stand-in). */
export interface BapClientOptions {
  baseUrl: string;
  apiVersion: string;
  validateApiVersion: string;
  now: () => Date;
  fetch?: typeof fetch;
  /** Per-call timeout. */
  timeoutMs?: number;
}

/** An answer from the API, parsed as far as it goes. */
export interface BapResponse {
  status: number;
  headers: Headers;
  body: unknown;
  /** `error.code` / `error.message` of a BAP error body, when there is one. */
  errorCode: string | null;
  errorMessage: string | null;
}

const PROVIDER = '/providers/Microsoft.BusinessAppPlatform';
const NOT_REGISTERED = 'does not have permission to access the path';

/**
 * The BAP admin API calls the provisioner needs. Authentication is handled here (a 401 refreshes
 * the token once, then fails); every other status goes back to the caller, who knows whether
 * a retry is safe for that call (a create is not idempotent, a GET is).
 */
export class BapClient {
  constructor(
    private readonly tokens: BearerTokens,
    private readonly options: BapClientOptions,
  ) {}

  url(path: string, apiVersion = this.options.apiVersion): string {
    return `${this.options.baseUrl.replace(/\/$/, '')}${PROVIDER}${path}${path.includes('?') ? '&' : '?'}api-version=${apiVersion}`;
  }

  locations(): Promise<BapResponse> {
    return this.send('GET', this.url('/locations'));
  }

  languages(location: string): Promise<BapResponse> {
    return this.send('GET', this.url(`/locations/${encodeURIComponent(location)}/environmentLanguages`));
  }

  currencies(location: string): Promise<BapResponse> {
    return this.send('GET', this.url(`/locations/${encodeURIComponent(location)}/environmentCurrencies`));
  }

  validateDomain(domainName: string, location: string): Promise<BapResponse> {
    return this.send('POST', this.url('/validateEnvironmentDetails', this.options.validateApiVersion), { domainName, environmentLocation: location });
  }

  create(body: Record<string, unknown>): Promise<BapResponse> {
    return this.send('POST', this.url('/environments'), body);
  }

  listEnvironments(): Promise<BapResponse> {
    return this.send('GET', this.url('/scopes/admin/environments'));
  }

  getEnvironment(id: string): Promise<BapResponse> {
    if (!id) throw new Error('an empty environment id would list every environment');
    return this.send('GET', this.url(`/scopes/admin/environments/${encodeURIComponent(id)}`));
  }

  /** Follows an operation URL exactly as the API gave it (host, path and query may differ from ours). */
  poll(operationUrl: string): Promise<BapResponse> {
    return this.send('GET', operationUrl);
  }

  /**
   * One call with a bearer token. Network failures become RetryLater (the caller decides whether
   * a create may be reconciled); an unregistered management app or repeated 401 is permanent.
   */
  send(method: 'GET' | 'POST', url: string, body?: unknown, retried = false): Promise<BapResponse> {
    const path = new URL(url).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gi, '{id}');
    return inSpan('power-platform.call', { 'http.request.method': method, 'url.path': path }, () => this.call(method, url, body, retried));
  }

  private async call(method: 'GET' | 'POST', url: string, body: unknown, retried: boolean): Promise<BapResponse> {
    const token = await this.tokens.get();
    let res: Response;
    try {
      res = await (this.options.fetch ?? fetch)(url, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json', 'x-ms-client-request-id': randomUUID() },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      throw new RetryLater(15_000, `the Power Platform API did not answer (${error instanceof Error ? error.message : String(error)})`);
    }
    const text = await res.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    const error = (json && typeof json === 'object' && 'error' in json ? (json as { error: { code?: string; message?: string } }).error : null) ?? null;
    const response: BapResponse = { status: res.status, headers: res.headers, body: json, errorCode: error?.code ?? null, errorMessage: error?.message ?? null };
    if (res.status === 401) {
      this.tokens.invalidate();
      if (!retried) return this.send(method, url, body, true);
      throw new PermanentFailure('The Power Platform API refused the app’s token twice (401). Check the service principal and its tenant.');
    }
    if (res.status === 403) {
      if (text.includes(NOT_REGISTERED))
        throw new PermanentFailure('The provisioning app is not registered as a Power Platform management app. A Power Platform admin must register it once (New-PowerAppManagementApp -ApplicationId <client id>).');
      throw new PermanentFailure(`The Power Platform API refused access (403${response.errorMessage ? `: ${response.errorMessage}` : ''}).`);
    }
    if (res.status === 429) throw new RetryLater(parseRetryAfter(res.headers.get('retry-after'), this.options.now()) ?? 15_000, 'throttled by the Power Platform API (429)', true);
    return response;
  }
}
