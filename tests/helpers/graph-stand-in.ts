import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EntraStandIn } from './entra-stand-in.js';
import { LoopbackStandIn } from './loopback-server.js';

/** One request Graph received, as the app sent it. */
export interface GraphCall {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string;
  consistencyLevel: string | undefined;
  /** The tenant whose token the call carried (null: no or a forged token). */
  tenant: string | null;
  body: unknown;
  status: number;
}

/** A fault for the next Graph call: an answer, or none at all within `delayMs`. */
export interface GraphFault {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer this much later (longer than the app's timeout: a timeout). */
  delayMs?: number;
}

export interface StandInGroup {
  id: string;
  displayName: string;
  description: string | null;
  securityEnabled: boolean;
}

/**
 * Microsoft Graph on 127.0.0.1 for the tab's two Graph features, with its own Entra ID for the
 * bot's client-credential tokens (one token per tenant, so a call's bearer tells its tenant):
 * `POST /v1.0/users/{id}/onlineMeetings` and `GET /v1.0/groups?$search=…&$filter=…` (which, like
 * Graph, needs `ConsistencyLevel: eventual`). It records what it received and injects faults.
 */
export class GraphStandIn extends LoopbackStandIn {
  readonly calls: GraphCall[] = [];
  /** Security and other groups per tenant. */
  readonly groups = new Map<string, StandInGroup[]>();
  /** The bot's app id, new per stand-in (token caches are per app id and process). */
  readonly botAppId = randomUUID();
  readonly entra = new EntraStandIn({
    issue: (tenant, form) =>
      form.scope === `${this.origin}/.default` ? { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: `graph-token-${tenant}` } } : { status: 400, body: { error: 'invalid_scope', error_description: `AADSTS70011: unexpected scope ${form.scope}` } },
  });
  private readonly faults: GraphFault[] = [];
  private meetings = 0;

  get origin(): string {
    return this.url;
  }

  protected override companions() {
    return [this.entra];
  }

  /** Bot credentials signing in to this stand-in's Entra ID, and Graph here. */
  settings(botTenant: string): Record<string, string> {
    return { MicrosoftAppId: this.botAppId, MicrosoftAppPassword: 'stand-in-bot-secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: botTenant, AZURE_AUTHORITY_HOST: this.entra.url, GRAPH_BASE_URL: this.url };
  }

  /** The next Graph calls are answered with these faults, in order. */
  failNext(...faults: GraphFault[]): void {
    this.faults.push(...faults);
  }

  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const authorization = req.headers.authorization ?? '';
    const tenant = /^Bearer graph-token-([0-9a-f-]{36})$/.exec(authorization)?.[1] ?? null;
    const text = Buffer.concat(chunks).toString('utf8');
    const call: GraphCall = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, authorization, consistencyLevel: req.headers.consistencylevel as string | undefined, tenant, body: text ? JSON.parse(text) : null, status: 0 };
    this.calls.push(call);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const fault = this.faults.shift();
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (res.destroyed) return;
    if (fault?.status) return answer(fault.status, fault.body ?? graphError(String(fault.status), 'Injected fault'), fault.headers);
    if (!tenant) return answer(401, graphError('InvalidAuthenticationToken', 'Access token is empty or not valid.'));
    const meeting = /^\/v1\.0\/users\/([^/]+)\/onlineMeetings$/.exec(url.pathname);
    if (meeting && req.method === 'POST') return answer(201, this.createMeeting(decodeURIComponent(meeting[1]!), call.body));
    if (url.pathname === '/v1.0/groups' && req.method === 'GET') {
      const result = this.searchGroups(tenant, url.searchParams, call.consistencyLevel);
      return 'error' in result ? answer(400, result) : answer(200, result);
    }
    return answer(404, graphError('Request_ResourceNotFound', `No ${req.method} ${url.pathname}`));
  }

  private createMeeting(organizer: string, body: unknown): Record<string, unknown> {
    const b = body as { subject?: string; startDateTime?: string; endDateTime?: string };
    const n = ++this.meetings;
    return {
      id: `MSo${n}_${organizer}`,
      subject: b.subject,
      startDateTime: b.startDateTime,
      endDateTime: b.endDateTime,
      joinWebUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_standin${n}%40thread.v2/0?context=%7b%22Oid%22%3a%22${organizer}%22%7d`,
      participants: { organizer: { identity: { user: { id: organizer } } } },
    };
  }

  /** Graph's advanced query: $search needs the header; a quoted `displayName:` phrase matches words starting with it. */
  private searchGroups(tenant: string, query: URLSearchParams, consistencyLevel: string | undefined): object {
    if (consistencyLevel !== 'eventual') return graphError('Request_UnsupportedQuery', 'Request with $search query parameter only works through MSGraph with a special request header: \'ConsistencyLevel: eventual\'');
    const search = /^"displayName:((?:[^"\\]|\\.)*)"$/.exec(query.get('$search') ?? '');
    if (!search) return graphError('Request_UnsupportedQuery', 'Invalid search clause');
    const words = search[1]!.replace(/\\(.)/g, '$1').toLowerCase().split(/\s+/).filter(Boolean);
    const securityOnly = query.get('$filter') === 'securityEnabled eq true';
    const top = Number(query.get('$top') ?? 100);
    const select = (query.get('$select') ?? 'id,displayName,description,securityEnabled').split(',');
    const hits = (this.groups.get(tenant) ?? [])
      .filter((g) => (!securityOnly || g.securityEnabled) && words.every((w) => g.displayName.toLowerCase().split(/\s+/).some((part) => part.startsWith(w))))
      .slice(0, top);
    return { value: hits.map((g) => Object.fromEntries(select.map((k) => [k, g[k as keyof StandInGroup] ?? null]))) };
  }
}

function graphError(code: string, message: string) {
  return { error: { code, message, innerError: { 'request-id': randomUUID(), date: new Date().toISOString() } } };
}
