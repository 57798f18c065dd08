import type { Principal, UserChange } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import type { Store } from '../store.js';
import type { InboxCursor } from './repository.js';
import type { InboxPage } from './types.js';
import { say } from '../shared/error-text.js';

export const INBOX_PAGE_MAX = 50;
const CURSOR = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)~([\w-]{1,64})$/;

/** The page cursor the API hands out: opaque to the tab, checked strictly here. */
export function encodeCursor(c: InboxCursor): string {
  return Buffer.from(`${c.createdAt}~${c.id}`).toString('base64url');
}

export function decodeCursor(text: string): InboxCursor {
  const match = CURSOR.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!match) throw new ValidationError(say('errors.inbox.badCursor'), { before: say('errors.inbox.badCursorField') });
  return { createdAt: match[1]!, id: match[2]! };
}

/** A person's own inbox: reading and marking read. Items are written by the other services, in their transactions. */
export class InboxService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, options: { limit?: number; before?: string | null } = {}): Promise<InboxPage> {
    const limit = Math.min(Math.max(options.limit ?? 20, 1), INBOX_PAGE_MAX);
    const before = options.before ? decodeCursor(options.before) : null;
    const repo = this.store.repos.inbox;
    // One more than asked tells whether an older page exists.
    const rows = await repo.list(principal.user.id, limit + 1, before);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return { items, unread: await repo.unreadCount(principal.user.id), next: rows.length > limit && last ? encodeCursor(last) : null };
  }

  unreadCount(principal: Principal): Promise<number> {
    return this.store.repos.inbox.unreadCount(principal.user.id);
  }

  /** Someone else's item, or one that never was, is "not found" alike. */
  async markRead(change: UserChange, id: string): Promise<{ unread: number }> {
    const principal = change.actor.principal;
    if (!(await this.store.repos.inbox.markRead(principal.user.id, id, this.clock.now().toISOString()))) throw new NotFoundError(say('errors.inbox.itemGone'));
    return { unread: await this.unreadCount(principal) };
  }

  async markAllRead(change: UserChange): Promise<{ marked: number; unread: number }> {
    const principal = change.actor.principal;
    const marked = await this.store.repos.inbox.markAllRead(principal.user.id, this.clock.now().toISOString());
    return { marked, unread: await this.unreadCount(principal) };
  }
}
