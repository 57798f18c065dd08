import type { Conversation } from '../conversations/types.js';

/**
 * What the worker hands the Teams layer: the template and its view model, never a Teams payload
 * (the domain does not know the Bot Framework). The idempotency key travels with the activity so
 * the posted message can be recognised again after a crash.
 */
export interface OutgoingMessage {
  idempotencyKey: string;
  template: string;
  payload: Record<string, unknown>;
  /** For channel posts: reply in this thread. */
  replyToActivityId?: string | null;
  /** For updates: the key of the send whose message changes (the message's identity). */
  targetKey?: string | null;
  /** The reader's last seen locale ("de-DE"): the card is rendered in their language. Null/absent: English. */
  locale?: string | null;
}

/**
 * A failed call to the messaging platform. `status` is the HTTP status, or 0 when no answer came
 * (connection refused, reset, timeout). `uncertain` says the request may have been delivered even
 * though it failed (a timeout or reset after sending, a 502/504 from a gateway): before sending it
 * again the worker looks for it, so a retry does not post a second copy.
 */
export class TransportError extends Error {
  readonly status: number;
  readonly retryAfterMs?: number;
  readonly code?: string;
  readonly uncertain: boolean;

  constructor(message: string, init: { status: number; retryAfterMs?: number; code?: string; uncertain?: boolean }) {
    super(message);
    this.name = 'TransportError';
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.code = init.code;
    this.uncertain = init.uncertain ?? false;
  }
}

/** The port to the messaging platform (Teams' Bot Connector in production, a fake in unit tests). */
export interface Transport {
  /** Posts a new message; returns the platform's id of the posted message. */
  send(conversation: Conversation, message: OutgoingMessage): Promise<{ activityId: string }>;
  /** Replaces the content of a posted message. */
  update(conversation: Conversation, activityId: string, message: OutgoingMessage): Promise<void>;
  delete(conversation: Conversation, activityId: string): Promise<void>;
}

/**
 * Finds a message the app posted, by the idempotency key it carries. The Bot Connector has no
 * idempotent POST, so when a process died between posting and recording the post ("in doubt"),
 * this is how the worker learns whether Teams has it.
 *
 * Returns the posted message's activity id, `null` when it is certainly not there, or `'unknown'`
 * when the platform cannot tell (no lookup configured, no permission, a message that carries no
 * recognisable key).
 */
export interface SentActivityLookup {
  find(conversation: Conversation, idempotencyKey: string, since: string, message?: OutgoingMessage): Promise<string | null | 'unknown'>;
}

/** The lookup when none is configured: every in-doubt message is resent (and counted as such). */
export const noLookup: SentActivityLookup = {
  async find() {
    return 'unknown';
  },
};
