import type { Conversation } from '../../conversations/types.js';
import type { DueMessage, InDoubtOutcome } from '../outbox.js';
import type { Permit } from '../rate-limits.js';
import { decide, type RetryDecision } from '../retry-policy.js';
import { finish } from './final-state.js';
import { outgoing } from './outgoing.js';
import { scheduleRetry } from './retry-scheduling.js';
import type { LaneContext, RowOutcome, WorkerScope } from './scope.js';
import { markUnreachable } from './unreachable-conversation.js';

/** What the call needs beyond the message: the posted message it changes, the in-doubt outcome to record, the rate-limit permit. */
export interface CallPlan {
  activityId: string | null;
  inDoubt: InDoubtOutcome | null;
  permit: Permit;
}

/**
 * One call to Teams, written ahead: the attempt is committed (with the lane's lease checked) before
 * the call, so a worker that dies mid-call leaves the message `sending`, in doubt, for the next
 * holder to look up. The outcome is recorded in one small commit.
 */
export async function attemptCall(scope: WorkerScope, ctx: LaneContext, conversation: Conversation, message: DueMessage, plan: CallPlan): Promise<RowOutcome> {
  const { store, transport, clock } = scope.deps;
  const { outbox } = store.repos;
  const { activityId, permit } = plan;
  const startedAt = clock.now();
  const start = await outbox.beginAttempt(message.id, scope.id, conversation.id, startedAt.toISOString(), new Date(startedAt.getTime() + scope.options.leaseMs).toISOString(), plan.inDoubt);
  if (start !== 'ok') {
    permit.cancel();
    return start === 'lost-lane' ? { kind: 'lost' } : { kind: 'next' };
  }
  const attempt = message.attempt + 1;

  try {
    let postedId = activityId ?? '';
    if (message.operation === 'send') postedId = (await transport.send(conversation, outgoing(message))).activityId;
    else if (message.operation === 'update') await transport.update(conversation, activityId!, outgoing(message));
    else await transport.delete(conversation, activityId!);
    permit.complete(clock.now().getTime());
    await outbox.markSent(message.id, postedId, clock.now().toISOString());
    return { kind: 'next' };
  } catch (error) {
    const at = clock.now();
    permit.complete(at.getTime());
    const decision = decide(error, attempt, message.operation, scope.options.retry, scope.deps.random);
    return recordFailure(scope, ctx, conversation, message, { decision, at, attempt, activityId });
  }
}

/** What the retry policy's decision about a failed call means for the message and its lane. */
async function recordFailure(
  scope: WorkerScope,
  ctx: LaneContext,
  conversation: Conversation,
  message: DueMessage,
  failure: { decision: RetryDecision; at: Date; attempt: number; activityId: string | null },
): Promise<RowOutcome> {
  const { decision, at } = failure;
  const iso = at.toISOString();
  switch (decision.kind) {
    case 'gone':
      await scope.deps.store.repos.outbox.markSent(message.id, failure.activityId ?? '', iso);
      return { kind: 'next' };
    case 'failed':
      scope.deps.logger.warn({ key: message.idempotencyKey, status: decision.status, reason: decision.reason }, 'delivery failed');
      return finish(scope, message, 'failed', decision.reason, decision.status);
    case 'unreachable':
      await markUnreachable(scope, conversation, message, decision.reason, decision.status, iso);
      // The rest of the lane is not attempted.
      ctx.conversation = { ...conversation, unreachableAt: iso, unreachableReason: decision.reason };
      return { kind: 'next' };
    case 'retry':
      return scheduleRetry(scope, conversation, message, decision, at, failure.attempt);
  }
}
