import type { DueMessage, FinalState } from '../outbox.js';
import type { RowOutcome, WorkerScope } from './scope.js';

/** Ends a message in a final state with its reason (and the HTTP status, after a call); the lane goes on. */
export async function finish(scope: WorkerScope, message: DueMessage, state: FinalState, reason: string, status: number | null = null): Promise<RowOutcome> {
  await scope.deps.store.repos.outbox.markFinal(message.id, state, reason, status, scope.deps.clock.now().toISOString());
  return { kind: 'next' };
}
