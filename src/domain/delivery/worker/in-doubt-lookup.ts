import type { Conversation } from '../../conversations/types.js';
import type { DueMessage, InDoubtOutcome } from '../outbox.js';
import { outgoing } from './outgoing.js';
import type { WorkerScope } from './scope.js';

/**
 * A send whose last attempt may have arrived (its worker died mid-call, or the call timed out): it
 * is looked for before anything is sent again. `found`: it had arrived and is now recorded as sent;
 * `not-found` or `unknown` (the lookup could not tell, or failed): it is sent.
 */
export async function settleInDoubt(scope: WorkerScope, conversation: Conversation, message: DueMessage): Promise<InDoubtOutcome> {
  const { store, lookup, clock, logger } = scope.deps;
  const since = new Date(Date.parse(message.attemptedAt ?? message.inDoubtSince ?? message.createdAt) - scope.options.inDoubtSlackMs).toISOString();
  let found: string | null | 'unknown';
  try {
    found = await lookup.find(conversation, message.idempotencyKey, since, outgoing(message));
  } catch (error) {
    logger.warn({ err: error, key: message.idempotencyKey }, 'in-doubt lookup failed; treating as unknown');
    found = 'unknown';
  }
  if (found === null) return 'not-found';
  if (found === 'unknown') return 'unknown';
  await store.repos.outbox.markSent(message.id, found, clock.now().toISOString(), 'found');
  logger.info({ key: message.idempotencyKey }, 'in-doubt message was already posted; recorded it');
  return 'found';
}
