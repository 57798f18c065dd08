import type { Conversation } from '../../src/domain/conversations/types.js';
import type { OutgoingMessage, SentActivityLookup } from '../../src/domain/delivery/transport.js';
import type { TemplateRegistry } from './templates.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../cards/types.js';

export interface GraphLookupOptions {
  /** e.g. https://graph.microsoft.com (tests: the stand-in on 127.0.0.1). */
  baseUrl: string;
  /** An app-only token for `scope` in the conversation's tenant (the bot's identity, src/integrations/entra). */
  token: (scope: string, tenantId: string) => Promise<string>;
  templates: TemplateRegistry;
  timeoutMs?: number;
  /** Pages of 50 messages read before giving up ("unknown"). */
  maxPages?: number;
  logger?: { warn(obj: object, msg: string): void };
}

interface GraphMessage {
  id: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  attachments?: Array<{ contentType?: string; content?: string | null }>;
}

/**
 * Finds a message the app posted by reading the chat's or channel's recent messages from
 * Microsoft Graph (app-only token, client-credentials flow) and matching the idempotency key that
 * every card we send carries as its root `makerHubKey`.
 *
 * Permissions (application, admin-consented, or resource-specific consent in the manifest):
 * Chat.Read.All / ChatMessage.Read.Chat for chats, ChannelMessage.Read.All / ChannelMessage.Read.Group
 * for channels. Without them Graph answers 403 and the lookup says "unknown" (the message is resent
 * and counted as such). Plain text messages carry no card, so they are "unknown" too.
 */
export class GraphSentActivityLookup implements SentActivityLookup {
  constructor(private readonly options: GraphLookupOptions) {}

  async find(conversation: Conversation, idempotencyKey: string, since: string, message?: OutgoingMessage): Promise<string | null | 'unknown'> {
    if (message && !this.carriesCard(message)) return 'unknown';
    const path = this.messagesPath(conversation, message?.replyToActivityId ?? null);
    if (!path) return 'unknown';
    const token = await this.token(conversation.tenantId);
    const base = this.options.baseUrl.replace(/\/$/, '');
    const chat = path.startsWith('/v1.0/chats/');
    // Chats can be filtered and ordered server-side; channel lists are read page by page.
    let url: string | undefined = chat
      ? `${base}${path}?$top=50&$orderby=lastModifiedDateTime desc&$filter=lastModifiedDateTime gt ${encodeURIComponent(since)}`
      : `${base}${path}?$top=50`;
    for (let page = 0; url && page < (this.options.maxPages ?? 10); page += 1) {
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000) });
      if (res.status === 401 || res.status === 403 || res.status === 404) {
        this.options.logger?.warn({ status: res.status, conversation: conversation.id }, 'Graph refused the message lookup (permissions?)');
        return 'unknown';
      }
      if (!res.ok) throw new Error(`Graph answered ${res.status} listing messages`);
      const body = (await res.json()) as { value?: GraphMessage[]; '@odata.nextLink'?: string };
      const messages = body.value ?? [];
      const hit = messages.find((m) => carriesKey(m, idempotencyKey));
      if (hit) return hit.id;
      // Chats come newest first: once a whole page is older than `since`, nothing further back can be ours.
      if (chat && messages.length && messages.every((m) => (m.lastModifiedDateTime ?? m.createdDateTime ?? '') < since)) return null;
      url = body['@odata.nextLink'];
    }
    return url ? 'unknown' : null;
  }

  /** Graph's address of the conversation's messages, or null when we cannot know it. */
  messagesPath(conversation: Conversation, replyToActivityId: string | null): string | null {
    const e = encodeURIComponent;
    if (conversation.scope === 'channel') {
      if (!conversation.teamAadGroupId || !conversation.channelId) return null;
      const channel = `/v1.0/teams/${e(conversation.teamAadGroupId)}/channels/${e(conversation.channelId)}/messages`;
      return replyToActivityId ? `${channel}/${e(replyToActivityId)}/replies` : channel;
    }
    if (conversation.id.startsWith('19:')) return `/v1.0/chats/${e(conversation.id)}/messages`;
    // A bot's 1:1 chat id is "a:…" for the Bot Connector; Graph knows it as 19:{user}_{app}@unq.gbl.spaces.
    const reference = conversation.reference as { user?: { aadObjectId?: string }; bot?: { id?: string } };
    const user = reference.user?.aadObjectId;
    const app = reference.bot?.id?.replace(/^28:/, '');
    if (!user || !app) return null;
    return `/v1.0/chats/${e(`19:${user}_${app}@unq.gbl.spaces`)}/messages`;
  }

  private carriesCard(message: OutgoingMessage): boolean {
    const rendered = this.options.templates.render(message.template, message.payload, message.locale);
    return 'activity' in rendered && !!rendered.activity.attachments?.some((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE);
  }

  private token(tenantId: string): Promise<string> {
    return this.options.token(`${new URL(this.options.baseUrl).origin}/.default`, tenantId);
  }
}

function carriesKey(message: GraphMessage, key: string): boolean {
  for (const attachment of message.attachments ?? []) {
    if (attachment.contentType !== ADAPTIVE_CARD_CONTENT_TYPE || typeof attachment.content !== 'string') continue;
    try {
      if ((JSON.parse(attachment.content) as { makerHubKey?: unknown }).makerHubKey === key) return true;
    } catch {
      // not JSON: not ours
    }
  }
  return false;
}
