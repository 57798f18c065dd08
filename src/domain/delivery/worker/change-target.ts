import type { DueMessage, FinalState } from '../outbox.js';
import type { DeliveryState } from '../types.js';
import { finish } from './final-state.js';
import type { RowOutcome, WorkerScope } from './scope.js';

/** How long an update waits before looking again for its target to be sent (in another conversation's lane). */
const TARGET_WAIT_MS = 1_000;

/**
 * An update or delete changes a message sent earlier (its target, named by key): the posted
 * message's activity id, or how the change ends (or waits) when there is nothing posted to change.
 * Several queued changes of one card collapse to the newest before anything is sent.
 */
export async function targetActivity(scope: WorkerScope, message: DueMessage, uncertain: boolean): Promise<{ activityId: string } | RowOutcome> {
  const { outbox } = scope.deps.store.repos;
  const target = message.targetKey ? await outbox.findByKey(message.targetKey) : undefined;
  if (!target) return finish(scope, message, 'failed', `There is no message with the key "${message.targetKey}" to ${message.operation}.`);
  if (target.state === 'queued' || target.state === 'sending') return { kind: 'blocked', until: scope.deps.clock.now().getTime() + TARGET_WAIT_MS };
  if (target.state !== 'sent' || !target.activityId) return finish(scope, message, inheritedState(target.state), `The message it would ${message.operation} was never posted (${target.state}).`);
  if (!uncertain && (await outbox.hasNewerForTarget(target.idempotencyKey, message.id))) return finish(scope, message, 'superseded', 'A newer change of the same message replaced this one before it was sent.');
  return { activityId: target.activityId };
}

/** An update or delete of a message that never went out ends the way that message did. */
function inheritedState(targetState: DeliveryState): FinalState {
  return targetState === 'unreachable' || targetState === 'skipped' || targetState === 'cancelled' ? targetState : 'failed';
}
