/**
 * The inbox: what happened to me. Each item is written by a service in the same transaction as
 * the change it tells of (like the delivery outbox), so the tab's inbox and the bot's message
 * never disagree: both commit, or neither does.
 */
export const INBOX_KINDS = ['question-answered', 'environment-ready', 'environment-rejected', 'environment-failed', 'story-published', 'story-kudos', 'event-changed', 'event-cancelled', 'ticket-assigned', 'ticket-reply'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/**
 * What the tab needs to word an item in its reader's language (`inbox.kinds.<kind>` in the
 * catalogues): a ticket number, a request's or story's or event's name, a kudos count, the kinds
 * of an event change. `title`/`body` keep the English words (older items, logs).
 */
export type InboxValues = Readonly<Record<string, string | number | readonly string[]>>;

/** One happening, addressed to one person. Text holds no other person's name or id (see migration 0013). */
export interface InboxNote {
  userId: string;
  kind: InboxKind;
  /** The same happening written twice (a retried change, kudos given again) stays one item. */
  dedupeKey: string;
  title: string;
  body: string | null;
  values: InboxValues;
  /** A path of the tab: where the item leads. */
  link: string;
  entity: { type: string; id: string };
}

export interface InboxItem {
  id: string;
  kind: InboxKind;
  title: string;
  body: string | null;
  /** Null for items written before migration 0019: the tab shows their English title and body. */
  values: InboxValues | null;
  link: string;
  entity: { type: string; id: string };
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage {
  items: InboxItem[];
  unread: number;
  /** Pass as `before` for the next (older) page; null at the end. */
  next: string | null;
}
