import { parseRetryAfter } from '../../domain/shared/retry-after.js';
import { refusal } from '../entra/credential.js';
import { failureOf, GraphError } from './errors.js';

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com (sovereign clouds and tests use another host). */
  baseUrl: string;
  /** An app-only token for `scope` in `tenantId` (client credentials of the bot's identity). */
  token: (scope: string, tenantId: string) => Promise<string>;
  /** Per HTTP call; a person is waiting in the tab. */
  timeoutMs?: number;
  /** A Retry-After longer than this is not waited for: the person is told to try later. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Graph answered 401: the cached token is no good (AccessTokens.reset); the call is tried once more. */
  onUnauthorized?: () => void;
}

export interface OnlineMeetingRequest {
  subject: string;
  /** ISO instants (UTC). */
  startDateTime: string;
  endDateTime: string;
}

export interface OnlineMeeting {
  id: string;
  joinWebUrl: string;
}

export interface SecurityGroup {
  id: string;
  displayName: string;
  description: string | null;
}

/** Graph's $search phrase for a display name: inside the quotes, `"` and `\` are escaped. */
export function displayNameSearch(text: string): string {
  return `"displayName:${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * The two Microsoft Graph calls the tab offers (app-only, as the bot's identity, in the caller's
 * tenant): a Teams meeting for an event, and a security-group search for the environment form.
 * Each call has a timeout and honours one Retry-After (or renews a refused token once); every
 * failure is a {@link GraphError}.
 */
export class GraphClient {
  private readonly base: string;

  constructor(private readonly options: GraphClientOptions) {
    this.base = options.baseUrl.replace(/\/$/, '');
  }

  /** Creates a Teams meeting organised by `organizerId` (app-only needs an application access policy: docs/deploy.md). */
  async createOnlineMeeting(tenantId: string, organizerId: string, meeting: OnlineMeetingRequest): Promise<OnlineMeeting> {
    const body = await this.call(tenantId, 'POST', `/v1.0/users/${encodeURIComponent(organizerId)}/onlineMeetings`, { body: meeting });
    const { id, joinWebUrl } = body as { id?: unknown; joinWebUrl?: unknown };
    if (typeof joinWebUrl !== 'string' || !joinWebUrl.startsWith('https://')) throw new GraphError('unavailable', 200);
    return { id: typeof id === 'string' ? id : '', joinWebUrl };
  }

  /** Up to ten security groups whose display name matches `text` (already checked by the caller). */
  async searchSecurityGroups(tenantId: string, text: string): Promise<SecurityGroup[]> {
    const q = (value: string) => encodeURIComponent(value);
    const query = `$search=${q(displayNameSearch(text))}&$filter=${q('securityEnabled eq true')}&$select=${q('id,displayName,description')}&$top=10`;
    const body = await this.call(tenantId, 'GET', `/v1.0/groups?${query}`, { headers: { ConsistencyLevel: 'eventual' } });
    const value = (body as { value?: unknown }).value;
    if (!Array.isArray(value)) throw new GraphError('unavailable', 200);
    return value
      .filter((g): g is { id: string; displayName?: unknown; description?: unknown } => typeof g === 'object' && g !== null && typeof (g as { id?: unknown }).id === 'string')
      .slice(0, 10)
      .map((g) => ({ id: g.id, displayName: typeof g.displayName === 'string' ? g.displayName : g.id, description: typeof g.description === 'string' ? g.description : null }));
  }

  private async call(tenantId: string, method: 'GET' | 'POST', path: string, init: { body?: unknown; headers?: Record<string, string> }): Promise<unknown> {
    for (let attempt = 0; ; attempt += 1) {
      const res = await this.send(method, path, await this.token(tenantId), init);
      if (res.ok) return res.json().catch(() => ({}));
      await res.body?.cancel();
      if (res.status === 401 && attempt === 0 && this.options.onUnauthorized) {
        this.options.onUnauthorized();
        continue;
      }
      const wait = attempt === 0 ? this.retryAfterMs(res) : null;
      if (wait === null) throw new GraphError(failureOf(res.status), res.status);
      await (this.options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))))(wait);
    }
  }

  private async send(method: string, path: string, token: string, init: { body?: unknown; headers?: Record<string, string> }): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json', ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(`${this.base}${path}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body), signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
    } catch (error) {
      throw new GraphError((error as Error).name === 'TimeoutError' ? 'timeout' : 'unavailable', null);
    }
  }

  /** How long Graph asks us to wait (429/503 with Retry-After in seconds), when short enough to wait once. */
  private retryAfterMs(res: Response): number | null {
    if (res.status !== 429 && res.status !== 503) return null;
    const ms = parseRetryAfter(res.headers.get('retry-after'), new Date());
    if (ms === undefined) return null;
    return ms <= (this.options.maxRetryAfterMs ?? 5_000) ? ms : null;
  }

  private async token(tenantId: string): Promise<string> {
    try {
      return await this.options.token(`${new URL(this.base).origin}/.default`, tenantId);
    } catch (error) {
      throw new GraphError(refusal(error) ? 'forbidden' : 'unavailable', null);
    }
  }
}
