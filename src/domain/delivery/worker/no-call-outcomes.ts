import type { Conversation } from '../../conversations/types.js';
import type { DueMessage, FinalState } from '../outbox.js';

/**
 * How a message ends without a call: its batch was cancelled, the app is not (or no longer) welcome
 * in the conversation, or the recipient opted out. Null: it is to be sent. A message whose last
 * attempt may have arrived is not cancelled or skipped, since it may be out already.
 */
export function outcomeWithoutCall(conversation: Conversation, message: DueMessage, uncertain: boolean): { state: FinalState; reason: string } | null {
  if (!uncertain && message.batchCancelled) return { state: 'cancelled', reason: 'The batch was cancelled before this message was sent.' };
  if (!conversation.installed) return { state: 'unreachable', reason: 'The app was removed from this conversation.' };
  if (conversation.unreachableAt) return { state: 'unreachable', reason: `Not attempted: ${conversation.unreachableReason ?? 'Teams refused to deliver here earlier.'} (until the conversation is active again)` };
  if (!uncertain && !message.essential && message.recipientOptedOut) return { state: 'skipped', reason: 'The recipient turned off non-essential notifications.' };
  return null;
}
