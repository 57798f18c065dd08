import { PermanentFailure, RetryLater } from './errors.js';

/** The service principal's client-credentials settings. */
export interface TokenClientOptions {
  /** Token endpoint with {tenantId} already replaced. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  now: () => Date;
  fetch?: typeof fetch;
}

/** Refresh up to this long before the token's stated expiry (half its life for short tokens), so it never dies mid-call. */
const EARLY_MS = 60_000;

/**
 * Entra ID client-credentials tokens for the provisioning service principal: one token per scope,
 * cached until shortly before it expires, dropped on a 401 so the next call fetches a fresh one.
 */
export class TokenClient {
  private cached: { token: string; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(private readonly options: TokenClientOptions) {}

  async get(): Promise<string> {
    const now = this.options.now().getTime();
    if (this.cached && this.cached.expiresAt > now) return this.cached.token;
    // Concurrent callers share one token request.
    this.inflight ??= this.fetchToken().finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  /** The API said 401: forget the token (expired early, revoked, or a CAE challenge). */
  invalidate(): void {
    this.cached = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { tokenUrl, clientId, clientSecret, scope } = this.options;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope });
    let res: Response;
    try {
      res = await (this.options.fetch ?? fetch)(tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new RetryLater(15_000, `Entra ID token endpoint unreachable (${error instanceof Error ? error.message : String(error)})`);
    }
    const json = (await res.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (res.status >= 500 || res.status === 429) throw new RetryLater(15_000, `Entra ID token endpoint answered ${res.status}`);
    if (!res.ok || !json.access_token) {
      const why = json.error ? `${json.error}${json.error_description ? `: ${json.error_description.split('\n')[0]}` : ''}` : `HTTP ${res.status}`;
      throw new PermanentFailure(`Entra ID refused the provisioning app's credentials (${why}). Check POWER_PLATFORM_CLIENT_ID and POWER_PLATFORM_CLIENT_SECRET.`);
    }
    const expiresIn = typeof json.expires_in === 'number' ? json.expires_in : 300;
    this.cached = { token: json.access_token, expiresAt: this.options.now().getTime() + expiresIn * 1000 - Math.min(EARLY_MS, expiresIn * 500) };
    return json.access_token;
  }
}
