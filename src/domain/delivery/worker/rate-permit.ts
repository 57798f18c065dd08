import type { Conversation } from '../../conversations/types.js';
import type { Permit } from '../rate-limits.js';
import type { RowOutcome, WorkerScope } from './scope.js';

/**
 * Waits until every window of the thread and the tenant allows one more call, checked right before
 * the call. A short wait is slept in the lane; a longer one (over `maxHoldMs`) gives the lane back
 * until then, and so does the worker stopping.
 */
export async function waitForPermit(scope: WorkerScope, conversation: Conversation): Promise<{ permit: Permit } | RowOutcome> {
  const { clock, sleeper } = scope.deps;
  for (;;) {
    const now = clock.now().getTime();
    const answer = scope.limiter.tryAcquire(conversation.id, conversation.tenantId, now);
    if ('permit' in answer) return { permit: answer.permit };
    if (answer.waitMs > scope.options.maxHoldMs) return { kind: 'blocked', until: now + answer.waitMs };
    await sleeper.sleep(answer.waitMs, scope.stopSignal());
    if (!scope.running()) return { kind: 'blocked', until: clock.now().getTime() };
  }
}
