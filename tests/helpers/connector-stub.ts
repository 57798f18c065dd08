import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackStandIn } from './loopback-server.js';

/** One call the bot made to the Bot Connector service. */
export interface ConnectorCall {
  method: 'POST' | 'PUT' | 'DELETE';
  conversationId: string;
  /** The activity id in the URL (reply-to for POST, the updated/deleted one for PUT/DELETE). */
  activityId: string | null;
  activity: Record<string, unknown> | null;
  at: number;
  /** The id the stub gave a new activity. */
  createdId: string | null;
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A stand-in for the Bot Connector service on 127.0.0.1, speaking its REST protocol
 * (POST /v3/conversations/{id}/activities[/{replyTo}], PUT and DELETE …/activities/{id}).
 * It records what the bot sends and can answer with queued faults (429, 5xx, 403, …).
 */
export class ConnectorStub extends LoopbackStandIn {
  readonly calls: ConnectorCall[] = [];
  private readonly faults: Fault[] = [];
  private counter = 0;

  protected override addressAt(origin: string): string {
    return `${origin}/`;
  }

  /** The next calls are answered with these faults, in order. */
  failNext(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  reset(): void {
    this.calls.length = 0;
    this.faults.length = 0;
  }

  /** Messages the bot posted (typing indicators left out), optionally for one conversation. */
  messages(conversationId?: string): Array<Record<string, unknown>> {
    return this.calls
      .filter((c) => c.method === 'POST' && c.activity?.type === 'message' && (!conversationId || c.conversationId === conversationId))
      .map((c) => c.activity!);
  }

  /** The Adaptive Card contents of the posted messages. */
  cards(conversationId?: string): Array<Record<string, unknown>> {
    return this.messages(conversationId).flatMap((m) =>
      ((m.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined) ?? [])
        .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        .map((a) => a.content),
    );
  }

  /** People the stub knows, answered by GET /v3/conversations/{id}/members/{memberId} (TeamsInfo.getMember). */
  readonly members = new Map<string, { id: string; name: string; aadObjectId?: string; email?: string }>();

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)/.exec(req.url ?? '');
    if (member && req.method === 'GET') {
      const known = this.members.get(decodeURIComponent(member[1]!));
      res.writeHead(known ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(known ?? { error: { code: 'MemberNotFoundInConversation', message: 'The member is not in the conversation.' } }));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match || !['POST', 'PUT', 'DELETE'].includes(req.method ?? '')) {
      // Answer before reading: some clients send a body-less GET whose stream never ends.
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const fault = this.faults.shift();
    const call: ConnectorCall = {
      method: req.method as ConnectorCall['method'],
      conversationId: decodeURIComponent(match[1]!),
      activityId: match[2] ? decodeURIComponent(match[2]) : null,
      activity: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      at: Date.now(),
      createdId: null,
    };
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify(fault.body ?? { error: { code: 'Fault', message: `stub fault ${fault.status}` } }));
      return;
    }
    if (call.method === 'POST') call.createdId = `stub-${++this.counter}`;
    this.calls.push(call);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: call.createdId ?? call.activityId ?? '' }));
  }
}
