import type { ApiClient } from '../../lib/api-client';
import type { InboxItem, InboxPage } from '../../../../src/domain/inbox/types';

export type { InboxItem, InboxPage };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isItem = (v: unknown) => isObject(v) && typeof v['id'] === 'string' && typeof v['title'] === 'string' && typeof v['link'] === 'string' && typeof v['createdAt'] === 'string';
const unread = (v: unknown): { unread: number } | undefined => (isObject(v) && typeof v['unread'] === 'number' ? { unread: v['unread'] } : undefined);

export function decodeInboxPage(v: unknown): InboxPage | undefined {
  if (!isObject(v) || !Array.isArray(v['items']) || !v['items'].every(isItem) || typeof v['unread'] !== 'number') return undefined;
  return v as unknown as InboxPage;
}

/** `GET /api/inbox` (src/server/routes/home.ts): the newest items, or those older than `before`. */
export function fetchInbox(client: ApiClient, before: string | null, signal?: AbortSignal): Promise<InboxPage> {
  return client.get(`/api/inbox?limit=20${before ? `&before=${encodeURIComponent(before)}` : ''}`, decodeInboxPage, signal);
}

export async function fetchUnread(client: ApiClient, signal?: AbortSignal): Promise<number> {
  return (await client.get('/api/inbox/unread-count', unread, signal)).unread;
}

export async function markRead(client: ApiClient, id: string): Promise<number> {
  return (await client.send('POST', `/api/inbox/${encodeURIComponent(id)}/read`, {}, unread)).unread;
}

export async function markAllRead(client: ApiClient): Promise<number> {
  return (await client.send('POST', '/api/inbox/read-all', {}, unread)).unread;
}
