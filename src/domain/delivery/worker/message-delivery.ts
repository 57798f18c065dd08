import type { DueMessage, InDoubtOutcome } from '../outbox.js';
import { targetActivity } from './change-target.js';
import { finish } from './final-state.js';
import { settleInDoubt } from './in-doubt-lookup.js';
import { outcomeWithoutCall } from './no-call-outcomes.js';
import { waitForPermit } from './rate-permit.js';
import type { LaneContext, RowOutcome, WorkerScope } from './scope.js';
import { attemptCall } from './send-attempt.js';

/** One message, from "due" to a recorded outcome. */
export async function deliverMessage(scope: WorkerScope, ctx: LaneContext, message: DueMessage): Promise<RowOutcome> {
  const { conversation } = ctx;
  if (!conversation) return finish(scope, message, 'failed', `Maker Hub does not know the conversation ${message.conversationId} (the app was never installed there).`);

  // 1. A message whose last attempt may have arrived: find out before sending anything again.
  let inDoubt: InDoubtOutcome | null = null;
  const uncertain = message.state === 'sending' || message.inDoubtSince !== null;
  if (uncertain && message.operation === 'send') {
    inDoubt = await settleInDoubt(scope, conversation, message);
    if (inDoubt === 'found') return { kind: 'next' };
  }

  // 2. Outcomes that need no call.
  const settled = outcomeWithoutCall(conversation, message, uncertain);
  if (settled) return finish(scope, message, settled.state, settled.reason);
  let activityId: string | null = null;
  if (message.operation !== 'send') {
    const target = await targetActivity(scope, message, uncertain);
    if (!('activityId' in target)) return target;
    activityId = target.activityId;
  }

  // 3. Rate limits: every window of the thread and the tenant, checked right before the call.
  const allowed = await waitForPermit(scope, conversation);
  if (!('permit' in allowed)) return allowed;

  // 4. Write-ahead, the call, and its outcome.
  return attemptCall(scope, ctx, conversation, message, { activityId, inDoubt, permit: allowed.permit });
}
