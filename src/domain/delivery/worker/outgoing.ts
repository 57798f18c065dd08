import type { DueMessage } from '../outbox.js';
import type { OutgoingMessage } from '../transport.js';

/** What the Teams layer gets of a due message (to send it, or to recognise it when looking it up). */
export function outgoing(message: DueMessage): OutgoingMessage {
  return { idempotencyKey: message.idempotencyKey, template: message.template, payload: message.payload, replyToActivityId: message.replyToActivityId, targetKey: message.targetKey, locale: message.recipientLocale };
}
