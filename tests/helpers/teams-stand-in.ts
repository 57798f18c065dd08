import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EntraStandIn } from './entra-stand-in.js';
import { graphPage, type Posted } from './teams-graph-listing.js';
import { THREAD_LIMITS, type WindowLimit } from '../../src/domain/delivery/rate-limits.js';
import { LoopbackStandIn } from './loopback-server.js';

/**
 * A stand-in for Teams on 127.0.0.1, stricter than the ConnectorStub: it speaks the Bot Connector
 * REST protocol (POST/PUT/DELETE …/v3/conversations/{id}/activities[/{id}]), enforces Teams' rate
 * limits per thread (7/1 s, 8/2 s, 60/30 s, 1800/h) and per tenant (50/s by default) — answering
 * 429 and recording a violation when a bot exceeds them — injects faults, and serves what it
 * received through the Microsoft Graph message-list endpoints (with a token endpoint), so the
 * in-doubt lookup runs over its real protocol.
 */

export interface StandInFault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Record the message as posted and still answer with the fault (a gateway timing out after Teams posted). */
  deliver?: boolean;
  /** Close the connection without an answer (a network error). */
  drop?: boolean;
}

export interface StandInCall {
  method: 'POST' | 'PUT' | 'DELETE';
  /** The conversation id in the URL (a channel thread carries ";messageid=…"). */
  thread: string;
  /** The conversation without the thread part. */
  conversationId: string;
  /** Reply-to (POST) or the changed activity (PUT/DELETE). */
  activityId: string | null;
  tenantId: string;
  /** The idempotency key the bot put in channelData.makerHub.key. */
  key: string | null;
  activity: Record<string, unknown> | null;
  /** The Authorization header the bot sent (empty for an anonymous bot). */
  authorization: string;
  at: number;
  status: number;
  /** The id a POST created (also set when a fault delivered it). */
  createdId: string | null;
}

export interface Violation {
  scope: 'thread' | 'tenant';
  key: string;
  limit: number;
  windowMs: number;
  at: number;
}

export interface Chaos {
  /** 0..1 chance per call of each fault. */
  throttle?: number;
  throttleWithoutRetryAfter?: number;
  serverError?: number;
  preconditionFailed?: number;
  /** A 504 after the message was posted. */
  gatewayTimeoutDelivered?: number;
  /** Retry-After seconds sent with throttling. */
  retryAfterSeconds?: number;
  seed?: number;
}

/** Deterministic pseudo-random numbers (mulberry32) so a failing chaos run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN = 'stand-in-graph-token';
/** The bot's home tenant when a test gives it an identity (botIdentitySettings). */
export const BOT_TENANT_ID = '00000000-0000-0000-0000-0000000000aa';

export class TeamsStandIn extends LoopbackStandIn {
  readonly calls: StandInCall[] = [];
  readonly violations: Violation[] = [];
  /** Graph requests served (path and status), to prove the lookup used the protocol. */
  readonly graphRequests: Array<{ path: string; status: number }> = [];
  readonly threadLimits: readonly WindowLimit[];
  tenantRps: number;
  /** Keep the activities of calls (turn off for large benchmarks to save memory). */
  keepActivities = true;
  /** Answer Bot Connector calls this much later (the effect is applied at once): calls stay in flight. */
  responseDelayMs = 0;

  /**
   * The bot's app id when a test gives it an identity, new per stand-in: botbuilder keeps Bot
   * Connector tokens per app id for the whole process, so tests must not share one.
   */
  readonly botAppId = randomUUID();
  /** Entra ID for the bot's identity: Bot Connector and Graph tokens (the Graph token is {@link TOKEN}). */
  readonly entra = new EntraStandIn({ issue: () => ({ status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: TOKEN } }) });
  private readonly queued: StandInFault[] = [];
  private readonly rules: Array<{ match: (call: StandInCall) => boolean; fault: StandInFault; times: number }> = [];
  private readonly blocked = new Map<string, StandInFault>();
  private readonly windows = new Map<string, number[]>();
  private readonly posted = new Map<string, Posted>();
  private readonly byConversation = new Map<string, Posted[]>();
  private readonly chats = new Map<string, string>();
  private readonly tenants = new Map<string, string>();
  private chaos: (Chaos & { random: () => number }) | null = null;
  private nextId = 1_700_000_000_000;
  private throttleToggle = false;

  constructor(options: { tenantRps?: number; threadLimits?: readonly WindowLimit[] } = {}) {
    super();
    this.tenantRps = options.tenantRps ?? 50;
    this.threadLimits = options.threadLimits ?? THREAD_LIMITS;
  }

  protected override newServer() {
    const server = super.newServer();
    server.keepAliveTimeout = 60_000;
    return server;
  }

  protected override addressAt(origin: string): string {
    return `${origin}/`;
  }

  protected override companions() {
    return [this.entra];
  }

  /**
   * Settings that give the bot an identity signing in here (Graph is read as the bot): an app
   * registration with a secret, as a single-tenant bot outside Azure would have (and, like
   * production, no development identity: the config refuses one beside bot credentials).
   */
  botIdentitySettings(): Record<string, string> {
    return { AUTH_DEV_MODE: 'false', MicrosoftAppId: this.botAppId, MicrosoftAppPassword: 'stand-in-bot-secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: BOT_TENANT_ID, AZURE_AUTHORITY_HOST: this.entra.url };
  }

  /** The Graph base for GRAPH_BASE_URL. */
  get graphUrl(): string {
    return this.url.replace(/\/$/, '');
  }

  /** The next calls are answered with these faults, in order. */
  failNext(...faults: StandInFault[]): void {
    this.queued.push(...faults);
  }

  /** Calls matching `match` are answered with `fault`, `times` times (Infinity: until cleared). */
  failWhen(match: (call: StandInCall) => boolean, fault: StandInFault, times = Infinity): void {
    this.rules.push({ match, fault, times });
  }

  /** Every call to the conversation is refused like Teams refuses a user who blocked the bot. */
  block(conversationId: string, fault: StandInFault = { status: 403, body: { error: { code: 'MessageWritesBlocked', message: 'Thread is blocked for bot' } } }): void {
    this.blocked.set(conversationId, fault);
  }

  unblock(conversationId: string): void {
    this.blocked.delete(conversationId);
  }

  /** Random faults on every call, reproducible with a seed. */
  setChaos(chaos: Chaos | null): void {
    this.chaos = chaos ? { ...chaos, random: seededRandom(chaos.seed ?? 1) } : null;
  }

  /** Successful POSTs (messages actually posted, faults that delivered included). */
  posts(): StandInCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.createdId !== null);
  }

  /** How many times each idempotency key was posted. */
  postedKeys(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const c of this.posts()) if (c.key) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
    return counts;
  }

  /** The current content of a posted message (updates applied). */
  message(id: string): { activity: Record<string, unknown>; deleted: boolean } | undefined {
    const p = this.posted.get(id);
    return p && { activity: p.activity, deleted: p.deleted };
  }

  reset(): void {
    this.calls.length = 0;
    this.violations.length = 0;
    this.graphRequests.length = 0;
    this.queued.length = 0;
    this.rules.length = 0;
    this.blocked.clear();
    this.windows.clear();
    this.posted.clear();
    this.byConversation.clear();
    this.chats.clear();
    this.chaos = null;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && /\/oauth2\/v2\.0\/token$/.test(url.pathname)) return this.token(res);
    if (req.method === 'GET' && url.pathname.startsWith('/v1.0/')) return this.graph(req, url, res);
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match || !['POST', 'PUT', 'DELETE'].includes(req.method ?? '')) return json(res, 404, { error: { code: 'NotFound', message: 'no such route' } });
    const text = Buffer.concat(chunks).toString('utf8');
    const activity = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    const thread = decodeURIComponent(match[1]!);
    const conversationId = thread.split(';')[0]!;
    const channelData = (activity?.channelData ?? {}) as { tenant?: { id?: string }; makerHub?: { key?: string } };
    const tenantId = (activity?.conversation as { tenantId?: string } | undefined)?.tenantId ?? channelData.tenant?.id ?? this.tenants.get(conversationId) ?? 'unknown-tenant';
    this.tenants.set(conversationId, tenantId);
    const call: StandInCall = {
      method: req.method as StandInCall['method'],
      thread,
      conversationId,
      activityId: match[2] ? decodeURIComponent(match[2]) : null,
      tenantId,
      key: channelData.makerHub?.key ?? null,
      activity: this.keepActivities ? activity : null,
      authorization: req.headers.authorization ?? '',
      at,
      status: 200,
      createdId: null,
    };
    this.calls.push(call);

    // Teams counts every call against the windows; one over the limit is refused with 429.
    const over = this.count(`thread:${thread}`, this.threadLimits, at, 'thread', thread) ?? this.count(`tenant:${tenantId}`, [{ limit: this.tenantRps, windowMs: 1_000 }], at, 'tenant', tenantId);
    if (over) {
      this.throttleToggle = !this.throttleToggle;
      return this.answer(res, call, { status: 429, headers: this.throttleToggle ? { 'retry-after': '1' } : {}, body: { error: { code: 'ThrottledRequest', message: `over the ${over.scope} limit` } } }, activity);
    }
    const fault = this.faultFor(call);
    if (fault) return this.answer(res, call, fault, activity);
    return this.answer(res, call, null, activity);
  }

  private count(key: string, limits: readonly WindowLimit[], at: number, scope: Violation['scope'], name: string): Violation | null {
    const horizon = Math.max(...limits.map((l) => l.windowMs));
    const times = this.windows.get(key) ?? [];
    while (times.length && times[0]! <= at - horizon) times.shift();
    times.push(at);
    this.windows.set(key, times);
    for (const { limit, windowMs } of limits) {
      let inside = 0;
      for (let i = times.length - 1; i >= 0 && times[i]! > at - windowMs; i -= 1) inside += 1;
      if (inside > limit) {
        const v = { scope, key: name, limit, windowMs, at };
        this.violations.push(v);
        return v;
      }
    }
    return null;
  }

  private faultFor(call: StandInCall): StandInFault | null {
    const blocked = this.blocked.get(call.conversationId);
    if (blocked) return blocked;
    const queued = this.queued.shift();
    if (queued) return queued;
    const rule = this.rules.find((r) => r.times > 0 && r.match(call));
    if (rule) {
      rule.times -= 1;
      return rule.fault;
    }
    const chaos = this.chaos;
    if (!chaos) return null;
    const r = chaos.random();
    let edge = 0;
    const pick = (p: number | undefined) => (edge += p ?? 0) > r;
    if (pick(chaos.throttle)) return { status: 429, headers: { 'retry-after': String(chaos.retryAfterSeconds ?? 1) }, body: { error: { code: 'ThrottledRequest', message: 'chaos' } } };
    if (pick(chaos.throttleWithoutRetryAfter)) return { status: 429, body: { error: { code: 'ThrottledRequest', message: 'chaos' } } };
    if (pick(chaos.serverError)) return { status: chaos.random() < 0.5 ? 503 : 500, body: { error: { code: 'ServiceError', message: 'chaos' } } };
    if (pick(chaos.preconditionFailed)) return { status: 412, body: { error: { code: 'PreconditionFailed', message: 'chaos' } } };
    if (pick(chaos.gatewayTimeoutDelivered) && call.method === 'POST') return { status: 504, deliver: true, body: { error: { code: 'GatewayTimeout', message: 'chaos' } } };
    return null;
  }

  private answer(res: ServerResponse, call: StandInCall, fault: StandInFault | null, activity: Record<string, unknown> | null): void {
    if (!fault || fault.deliver) this.apply(call, activity);
    if (fault?.drop) {
      call.status = 0;
      res.destroy();
      return;
    }
    if (fault) {
      call.status = fault.status;
      return json(res, fault.status, fault.body ?? { error: { code: 'Fault', message: `stand-in fault ${fault.status}` } }, fault.headers, this.responseDelayMs);
    }
    if (call.method === 'PUT' || call.method === 'DELETE') {
      const target = this.posted.get(call.activityId ?? '');
      if (!target || target.conversationId !== call.conversationId || (target.deleted && call.method === 'PUT')) {
        call.status = 404;
        return json(res, 404, { error: { code: 'ActivityNotFoundInConversation', message: 'no such activity' } });
      }
    }
    return json(res, 200, { id: call.createdId ?? call.activityId ?? '' }, {}, this.responseDelayMs);
  }

  /** Makes the call's effect visible (a post, an update, a delete). */
  private apply(call: StandInCall, activity: Record<string, unknown> | null): void {
    const now = Date.now();
    if (call.method === 'POST') {
      const id = String(this.nextId++);
      call.createdId = id;
      const replyTo = call.thread.includes(';messageid=') ? call.thread.split(';messageid=')[1]! : call.activityId;
      const p: Posted = { id, conversationId: call.conversationId, replyTo, activity: activity ?? {}, created: now, modified: now, deleted: false };
      this.posted.set(id, p);
      const list = this.byConversation.get(call.conversationId) ?? [];
      list.push(p);
      this.byConversation.set(call.conversationId, list);
      // Graph knows a bot's 1:1 chat as 19:{user}_{app}@unq.gbl.spaces.
      const user = (activity?.recipient as { aadObjectId?: string } | undefined)?.aadObjectId;
      const bot = ((activity?.from as { id?: string } | undefined)?.id ?? '').replace(/^28:/, '');
      if (!call.conversationId.startsWith('19:') && user && bot) this.chats.set(`19:${user}_${bot}@unq.gbl.spaces`, call.conversationId);
    } else {
      const target = this.posted.get(call.activityId ?? '');
      if (!target || target.conversationId !== call.conversationId) return;
      if (call.method === 'PUT' && !target.deleted) {
        target.activity = activity ?? target.activity;
        target.modified = now;
      }
      if (call.method === 'DELETE') {
        target.deleted = true;
        target.modified = now;
      }
    }
  }

  private token(res: ServerResponse): void {
    return json(res, 200, { token_type: 'Bearer', expires_in: 3599, access_token: TOKEN });
  }

  private graph(req: IncomingMessage, url: URL, res: ServerResponse): void {
    const answer = (status: number, body: unknown) => {
      this.graphRequests.push({ path: decodeURIComponent(url.pathname), status });
      json(res, status, body);
    };
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return answer(401, { error: { code: 'InvalidAuthenticationToken', message: 'no token' } });
    const parts = url.pathname.split('/').map(decodeURIComponent);
    let list: Posted[] | undefined;
    if (parts[2] === 'chats' && parts[4] === 'messages' && parts.length === 5) {
      const conversation = parts[3]!.startsWith('19:') && this.byConversation.has(parts[3]!) ? parts[3]! : this.chats.get(parts[3]!);
      list = conversation ? (this.byConversation.get(conversation) ?? []).filter((p) => !p.replyTo) : undefined;
    } else if (parts[2] === 'teams' && parts[4] === 'channels' && parts[6] === 'messages') {
      const channel = parts[5]!;
      const all = this.byConversation.get(channel) ?? [];
      if (parts.length === 7) list = all.filter((p) => !p.replyTo);
      else if (parts.length === 9 && parts[8] === 'replies') list = all.filter((p) => p.replyTo === parts[7]);
    }
    if (!list) return answer(404, { error: { code: 'NotFound', message: 'chat or channel not found' } });
    return answer(200, graphPage(list, url));
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): void {
  const write = () => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  if (delayMs > 0) setTimeout(write, delayMs);
  else write();
}
