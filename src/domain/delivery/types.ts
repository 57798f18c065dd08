/**
 * The delivery engine's vocabulary. Every proactive message (a send, an update of a card already
 * posted, a delete) is an outbox row written in the same transaction as the state change that
 * caused it; background workers send it later, rate-limited and exactly once in effect.
 *
 * The domain never builds Teams payloads: a message names a `template` (e.g. "ask.expert-ticket")
 * and carries that template's view model; the Teams layer renders it when it sends.
 */
export type DeliveryOperation = 'send' | 'update' | 'delete';

/**
 * Where a message is. `queued` → `sending` (written before the HTTP call) → `sent`; or it ends
 * `failed` (permanent error or retries exhausted), `unreachable` (the app was blocked or removed
 * there), `skipped` (the recipient opted out of non-essential messages), `cancelled` (its batch was
 * cancelled or it was withdrawn before sending) or `superseded` (an update replaced by a newer
 * update of the same card before it was sent: the newest content is what people see).
 */
export type DeliveryState = 'queued' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'cancelled' | 'skipped' | 'superseded';

/** Every state, in report order. */
export const DELIVERY_STATES: readonly DeliveryState[] = ['queued', 'sending', 'sent', 'failed', 'unreachable', 'skipped', 'cancelled', 'superseded'];

export interface OutboundMessage {
  /**
   * Unique per logical message, chosen by the caller so retries of the same state change do not
   * enqueue twice (e.g. `ticket:42:expert-card`). Enqueueing an existing key is a no-op.
   */
  idempotencyKey: string;
  operation: DeliveryOperation;
  /** Where: a stored conversation id (personal chat, channel or group chat). */
  conversationId: string;
  /** For channel posts: reply in this thread (the root message's activity id). */
  replyToActivityId?: string;
  /** For update/delete: the idempotency key of the earlier send whose posted message changes. */
  targetKey?: string;
  template: string;
  payload: Record<string, unknown>;
  /** Non-essential messages (announcements, reminders) are skipped for people who opted out. */
  essential: boolean;
  /** The person a personal message is for (opt-out and unreachable checks). */
  recipientUserId?: string | null;
  /** Groups messages into a batch with a delivery report (an announcement, a reminder run). */
  batchId?: string | null;
  /** Not before this instant (ISO UTC): scheduled sends such as reminders. */
  notBefore?: string | null;
}

export interface DeliveryBatchInput {
  id: string;
  kind: string;
  title: string;
  createdBy: string | null;
}
