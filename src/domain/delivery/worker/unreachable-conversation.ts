import { audit } from '../../audit/audit.js';
import type { Conversation } from '../../conversations/types.js';
import type { DueMessage } from '../outbox.js';
import type { WorkerScope } from './scope.js';

const SYSTEM = { kind: 'system' as const, name: 'delivery' };

/**
 * Teams refused the conversation (403, or 404 on a send): the message ends `unreachable` and the
 * conversation is marked so, audited in the same commit, until any activity there clears the mark.
 */
export async function markUnreachable(scope: WorkerScope, conversation: Conversation, message: DueMessage, reason: string, status: number, at: string): Promise<void> {
  const { store, clock, logger } = scope.deps;
  await store.transaction(async (tx) => {
    await tx.outbox.markFinal(message.id, 'unreachable', reason, status, at);
    if (await tx.outbox.markConversationUnreachable(conversation.id, reason, at))
      await audit(tx.audit, { clock }, SYSTEM, 'conversation.unreachable', { type: 'conversation', id: conversation.id }, { reachable: true }, { reachable: false, status, reason });
  });
  logger.warn({ conversation: conversation.id, status, key: message.idempotencyKey }, 'conversation unreachable; nothing more is sent there until it is active again');
}
