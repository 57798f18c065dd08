import { TransportError } from './transport.js';
import type { DeliveryOperation } from './types.js';

/**
 * What to do after a failed call. Ours is the only retry policy in the path (the Teams transport
 * turns botbuilder's own retries off), so each decision here is the whole story:
 *
 * - 429: wait what Retry-After says (seconds or an HTTP date), else exponential backoff with full
 *   jitter; throttling is expected under load, so it may be retried longer than errors are.
 * - 412, 500, 502, 503, 504, 408 and network errors: backoff, at most `maxAttempts` attempts, then `failed`.
 * - 403 (MessageWritesBlocked: the user blocked the bot; the app was removed) and 404 on a send:
 *   `unreachable` — stop, and send nothing more there until the conversation is active again.
 * - Anything else (400, 413 too large, an unknown template): `failed` at once; retrying cannot help.
 */
export interface RetryOptions {
  /** Attempts before an erroring message is `failed` (429s are allowed three times as many). */
  maxAttempts: number;
  /** First backoff ceiling; doubles per attempt. */
  baseDelayMs: number;
  /** Largest backoff. */
  maxDelayMs: number;
  /** Longest Retry-After honoured as given (a larger one is capped to this). */
  maxRetryAfterMs?: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 60_000, maxRetryAfterMs: 3_600_000 };

export type RetryDecision =
  | { kind: 'retry'; delayMs: number; throttled: boolean; uncertain: boolean; reason: string; status: number }
  | { kind: 'failed'; reason: string; status: number }
  | { kind: 'unreachable'; reason: string; status: number }
  /** A delete of a message that is already gone: done. */
  | { kind: 'gone'; status: number };

/** Exponential backoff with full jitter (AWS architecture blog): uniform in [0, min(cap, base·2^(attempt−1))]. */
export function backoffMs(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.floor(random() * ceiling);
}

const RETRYABLE = new Set([408, 412, 500, 502, 503, 504]);
/** Answers after which the message may well have been posted (a gateway gave up waiting for Teams). */
const UNCERTAIN = new Set([502, 504]);

function describe(error: TransportError): string {
  // Our own refusal before any call (unknown template, unfit payload): its message says it all.
  if (error.code === 'RenderFailed') return error.message;
  const code = error.code ? ` ${error.code}` : '';
  return error.status ? `HTTP ${error.status}${code}: ${error.message}` : `no answer${code}: ${error.message}`;
}

/**
 * Decides after attempt number `attempt` (1 = the first) of `operation` failed with `error`.
 * Errors that are not TransportErrors (a bug, an unexpected exception) are retried like a 500.
 */
export function decide(error: unknown, attempt: number, operation: DeliveryOperation, options: RetryOptions, random: () => number = Math.random): RetryDecision {
  const e =
    error instanceof TransportError
      ? error
      : new TransportError(`unexpected error: ${error instanceof Error ? error.message : String(error)}`, { status: 500, code: 'Unexpected' });
  const status = e.status;
  const reason = describe(e);

  if (status === 429) {
    if (attempt >= options.maxAttempts * 3) return { kind: 'failed', reason: `Still throttled after ${attempt} attempts (${reason}).`, status };
    const retryAfter = e.retryAfterMs !== undefined ? Math.min(e.retryAfterMs, options.maxRetryAfterMs ?? DEFAULT_RETRY.maxRetryAfterMs!) : undefined;
    return { kind: 'retry', delayMs: retryAfter ?? backoffMs(attempt, options, random), throttled: true, uncertain: false, reason, status };
  }
  if (status === 403) return { kind: 'unreachable', reason: `Teams refused to deliver here (${reason}): the user blocked the app or it was removed.`, status };
  if (status === 404) {
    if (operation === 'delete') return { kind: 'gone', status };
    if (operation === 'update') return { kind: 'failed', reason: `The message to change no longer exists (${reason}).`, status };
    return { kind: 'unreachable', reason: `The conversation no longer exists for the app (${reason}).`, status };
  }
  if (status === 0 || status === 401 || RETRYABLE.has(status)) {
    if (attempt >= options.maxAttempts) return { kind: 'failed', reason: `Gave up after ${attempt} attempts (last: ${reason}).`, status };
    return { kind: 'retry', delayMs: backoffMs(attempt, options, random), throttled: false, uncertain: e.uncertain || UNCERTAIN.has(status), reason, status };
  }
  if (status === 413) return { kind: 'failed', reason: `The message is larger than Teams accepts (${reason}).`, status };
  return { kind: 'failed', reason, status };
}
