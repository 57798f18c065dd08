import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/types.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * Answers an Action.Execute with a card for the person who clicked. Sent directly (not returned to
 * teams-ai) so a card with a refresh block is not turned into "replace for everyone": what everyone
 * sees changes only through the outbox's card update.
 */
export async function replyWithCard(context: TurnContext, card: AdaptiveCard): Promise<string> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: CARD, value: card } } });
  return '';
}

/** Card data naming a question; anything else in a forged or stale payload is ignored. */
export const questionRef = z.object({ questionId: z.string().uuid() }).passthrough();

/** 👍/👎: clients send booleans, older ones and forged payloads may send strings. */
export const feedbackData = questionRef.extend({ helpful: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]) });

/** Expert card data: the ticket and, for "Send answer", the typed text (bounded). */
export const ticketData = z
  .object({
    ticketId: z.string().uuid(),
    answer: z.preprocess((v) => (v === undefined || v === null ? undefined : String(v)), z.string().max(8000).optional()),
  })
  .passthrough();
