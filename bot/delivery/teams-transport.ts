import type { TeamsAdapter } from '@microsoft/teams-ai';
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { Conversation } from '../../src/domain/conversations/types.js';
import { parseRetryAfter } from '../../src/domain/shared/retry-after.js';
import { TransportError, type OutgoingMessage, type Transport } from '../../src/domain/delivery/transport.js';
import type { TemplateRegistry } from './templates.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/types.js';

/** Teams refuses messages over about 100 KB (413 MessageSizeTooBig); we refuse them before the call. */
export const MAX_ACTIVITY_BYTES = 100 * 1024;

/** The part of botbuilder's ConnectorClient the transport uses. */
interface ConnectorConversations {
  sendToConversation(conversationId: string, activity: Partial<Activity>, options?: { timeout?: number }): Promise<{ id?: string }>;
  updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>, options?: { timeout?: number }): Promise<unknown>;
  deleteActivity(conversationId: string, activityId: string, options?: { timeout?: number }): Promise<unknown>;
}
interface Connector {
  conversations: ConnectorConversations;
}
interface RetryPipeline {
  removePolicy(options: { phase?: string; name?: string }): unknown;
  getOrderedPolicies(): Array<{ name: string }>;
}

/**
 * Turns botbuilder's built-in retries off on a connector client, so the delivery engine's retry
 * policy (Retry-After, jittered backoff, bounded attempts, write-ahead between attempts) is the
 * only one: a hidden retry inside the SDK could post a second copy we never recorded, and would
 * spend rate-limit budget we did not count. Fails loudly if botbuilder's internals change.
 */
export function disableSdkRetries(connector: unknown): void {
  const pipeline = (connector as { client?: { pipeline?: RetryPipeline } }).client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') throw new Error('Cannot turn off botbuilder retries: the ConnectorClient has no core-rest-pipeline pipeline (botbuilder changed?)');
  pipeline.removePolicy({ phase: 'Retry' });
  const left = pipeline.getOrderedPolicies().map((p) => p.name).filter((name) => /retry/i.test(name));
  if (left.length) throw new Error(`Cannot turn off botbuilder retries: ${left.join(', ')} still in the pipeline`);
}

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
  response?: { headers?: { get(name: string): string | undefined }; bodyAsText?: string | null };
}

/** Maps what botbuilder throws to the domain's TransportError. */
export function toTransportError(error: unknown, now: Date = new Date()): TransportError {
  if (error instanceof TransportError) return error;
  const e = (error ?? {}) as RestErrorLike;
  const message = e.message ?? String(error);
  if (typeof e.statusCode === 'number' && e.statusCode > 0) {
    let code: string | undefined;
    try {
      const body = e.response?.bodyAsText ? (JSON.parse(e.response.bodyAsText) as { error?: { code?: string; message?: string } }) : undefined;
      code = body?.error?.code;
    } catch {
      // not JSON: no code
    }
    return new TransportError(message, { status: e.statusCode, code, retryAfterMs: parseRetryAfter(e.response?.headers?.get('retry-after'), now) });
  }
  // No HTTP answer. Refused or unresolvable: certainly not delivered. Reset or timed out: maybe delivered.
  const certain = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH/.test(`${e.code ?? ''} ${message}`);
  const timeout = e.name === 'AbortError' || /timed? ?out|aborted/i.test(message);
  return new TransportError(message, { status: 0, code: timeout ? 'Timeout' : (e.code ?? 'NetworkError'), uncertain: !certain });
}

export interface TeamsTransportOptions {
  /** Bot app id (empty: anonymous, development only). */
  appId: string;
  /** Per call; kept well under the delivery lease so a slow call never outlives its claim. */
  timeoutMs: number;
}

/**
 * Sends through the Bot Connector service with botbuilder's ConnectorClient, for the stored
 * conversation's serviceUrl, with the adapter's credentials (app credentials, or anonymous in
 * development). One client per serviceUrl is kept, so tokens are reused.
 */
export class TeamsTransport implements Transport {
  private readonly connectors = new Map<string, Promise<Connector>>();

  constructor(
    private readonly adapter: TeamsAdapter,
    private readonly templates: TemplateRegistry,
    private readonly options: TeamsTransportOptions,
  ) {}

  async send(conversation: Conversation, message: OutgoingMessage): Promise<{ activityId: string }> {
    const activity = this.render(conversation, message, message.idempotencyKey);
    const connector = await this.connector(conversation);
    const target = message.replyToActivityId ? `${conversation.id};messageid=${message.replyToActivityId}` : conversation.id;
    try {
      const response = await connector.conversations.sendToConversation(target, activity, { timeout: this.options.timeoutMs });
      if (!response?.id) throw new TransportError('Teams accepted the message but returned no id', { status: 502, uncertain: true });
      return { activityId: response.id };
    } catch (error) {
      throw toTransportError(error);
    }
  }

  async update(conversation: Conversation, activityId: string, message: OutgoingMessage): Promise<void> {
    // The posted message keeps its identity: the card carries the key of the send it replaces.
    const activity = { ...this.render(conversation, message, message.targetKey ?? message.idempotencyKey), id: activityId };
    const connector = await this.connector(conversation);
    try {
      await connector.conversations.updateActivity(conversation.id, activityId, activity, { timeout: this.options.timeoutMs });
    } catch (error) {
      throw toTransportError(error);
    }
  }

  async delete(conversation: Conversation, activityId: string): Promise<void> {
    const connector = await this.connector(conversation);
    try {
      await connector.conversations.deleteActivity(conversation.id, activityId, { timeout: this.options.timeoutMs });
    } catch (error) {
      throw toTransportError(error);
    }
  }

  /** Renders the template and addresses it; the key rides along so the message can be found again. */
  private render(conversation: Conversation, message: OutgoingMessage, identityKey: string): Partial<Activity> {
    const rendered = this.templates.render(message.template, message.payload, message.locale);
    if ('error' in rendered) throw new TransportError(rendered.error, { status: 400, code: 'RenderFailed' });
    const activity: Partial<Activity> = { type: 'message', ...rendered.activity };
    activity.attachments = activity.attachments?.map((a) =>
      a.contentType === ADAPTIVE_CARD_CONTENT_TYPE && a.content && typeof a.content === 'object' ? { ...a, content: { ...(a.content as object), makerHubKey: identityKey } } : a,
    );
    const channelData = (activity.channelData ?? {}) as Record<string, unknown>;
    activity.channelData = { ...channelData, tenant: { id: conversation.tenantId }, makerHub: { key: message.idempotencyKey, ...(identityKey !== message.idempotencyKey ? { target: identityKey } : {}) } };
    TurnContext.applyConversationReference(activity, this.reference(conversation));
    const size = Buffer.byteLength(JSON.stringify(activity));
    if (size > MAX_ACTIVITY_BYTES) throw new TransportError(`The rendered message is ${Math.round(size / 1024)} KB; Teams accepts at most 100 KB.`, { status: 413, code: 'MessageSizeTooBig' });
    return activity;
  }

  private reference(conversation: Conversation): Partial<ConversationReference> {
    const reference = conversation.reference as Partial<ConversationReference>;
    return { ...reference, serviceUrl: conversation.serviceUrl, activityId: undefined, conversation: { ...(reference.conversation ?? {}), id: conversation.id } as ConversationReference['conversation'] };
  }

  /** A connector client for the conversation's serviceUrl, made the way CloudAdapter makes one for a proactive turn. */
  private connector(conversation: Conversation): Promise<Connector> {
    const key = conversation.serviceUrl;
    let pending = this.connectors.get(key);
    if (!pending) {
      pending = new Promise<Connector>((resolve, reject) => {
        this.adapter
          .continueConversationAsync(this.options.appId, this.reference(conversation), async (context) => {
            const client = context.turnState.get(context.adapter.ConnectorClientKey) as Connector | undefined;
            if (!client) throw new Error('botbuilder gave the proactive turn no ConnectorClient');
            disableSdkRetries(client);
            resolve(client);
          })
          .catch(reject);
      });
      pending.catch(() => this.connectors.delete(key));
      this.connectors.set(key, pending);
    }
    return pending.catch((error: unknown) => {
      throw new TransportError(`Could not prepare the Bot Connector client: ${error instanceof Error ? error.message : String(error)}`, { status: 0, code: 'ConnectorSetup' });
    });
  }
}
