import type { Conversation } from '../../conversations/types.js';
import type { DueMessage } from '../outbox.js';
import type { RetryDecision } from '../retry-policy.js';
import type { RowOutcome, WorkerScope } from './scope.js';

/**
 * A retryable failure: the message is queued again after the policy's delay (a throttled thread is
 * held back as long), marked for an in-doubt lookup when the failed send may have been posted.
 */
export async function scheduleRetry(scope: WorkerScope, conversation: Conversation, message: DueMessage, decision: Extract<RetryDecision, { kind: 'retry' }>, at: Date, attempt: number): Promise<RowOutcome> {
  const until = at.getTime() + decision.delayMs;
  if (decision.throttled) scope.limiter.block(conversation.id, until);
  await scope.deps.store.repos.outbox.markRetry(message.id, new Date(until).toISOString(), decision.reason, decision.status, decision.uncertain && message.operation === 'send', at.toISOString());
  scope.deps.logger.debug({ key: message.idempotencyKey, attempt, delayMs: decision.delayMs, reason: decision.reason }, 'delivery will be retried');
  // The lane waits too: later messages of this conversation must not overtake this one.
  return { kind: 'blocked', until };
}
