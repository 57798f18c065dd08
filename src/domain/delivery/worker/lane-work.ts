import type { LaneClaim } from '../outbox.js';
import type { LaneLeases } from './lane-leases.js';
import { deliverMessage } from './message-delivery.js';
import type { LaneContext, WorkerScope } from './scope.js';

/** The longest thread window (1800 calls an hour): what a new holder must know of a lane's recent calls. */
const RATE_MEMORY_MS = 3_600_000;

/** Works one lane until it has nothing due, is held back, or the worker stops; then gives it back. */
export async function workLane(scope: WorkerScope, leases: LaneLeases, lane: LaneClaim): Promise<void> {
  const { store, clock, logger } = scope.deps;
  const outbox = store.repos.outbox;
  let blockedUntil: number | null = null;
  let lost = false;
  try {
    const conversation = await store.repos.conversations.find(lane.conversationId);
    const ctx: LaneContext = { conversation };
    if (lane.lastHolder && lane.lastHolder !== scope.id) await learnRecentCalls(scope, lane.conversationId);
    lanes: while (scope.running()) {
      const due = await outbox.dueInLane(lane.conversationId, clock.now().toISOString(), scope.options.laneBatch);
      for (const message of due) {
        if (!scope.running()) break lanes;
        const outcome = await deliverMessage(scope, ctx, message);
        if (outcome.kind === 'lost') {
          lost = true;
          break lanes;
        }
        if (outcome.kind === 'blocked') {
          blockedUntil = outcome.until;
          break lanes;
        }
      }
      if (due.length < scope.options.laneBatch) break;
    }
  } catch (error) {
    logger.error({ err: error, conversation: lane.conversationId }, 'delivery lane failed; it will be retried');
    blockedUntil = clock.now().getTime() + Math.max(1_000, scope.options.pollMs * 8);
  } finally {
    // A lost lane is another worker's now: there is nothing to give back.
    if (!lost) await leases.giveBack(lane.conversationId, blockedUntil);
  }
}

/** Someone else sent here last: learn what they sent within the longest window, so the thread limits hold across the handover. */
async function learnRecentCalls(scope: WorkerScope, conversationId: string): Promise<void> {
  const now = scope.deps.clock.now().getTime();
  const times = await scope.deps.store.repos.outbox.recentAttempts(conversationId, new Date(now - RATE_MEMORY_MS).toISOString());
  scope.limiter.seed(conversationId, times.map((t) => Date.parse(t)), now);
}
