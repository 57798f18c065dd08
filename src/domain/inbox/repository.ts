import type { InboxItem, InboxNote } from './types.js';

/** Where a page of the inbox starts: strictly older than this item. */
export interface InboxCursor {
  createdAt: string;
  id: string;
}

/** The inbox table; every read and write is scoped to one person's user id. */
export interface InboxRepository {
  /** Writes notes (inside the caller's transaction); a note whose person and key exist already is skipped. */
  add(at: string, ...notes: InboxNote[]): Promise<void>;
  list(userId: string, limit: number, before: InboxCursor | null): Promise<InboxItem[]>;
  unreadCount(userId: string): Promise<number>;
  /** Marks the person's item read; false when the person has no such item. */
  markRead(userId: string, id: string, at: string): Promise<boolean>;
  /** Marks every unread item of the person read; returns how many. */
  markAllRead(userId: string, at: string): Promise<number>;
}
