import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/types.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * Answers an Action.Execute with a card for the person who clicked. Sending the invoke response
 * here keeps teams-ai from switching to "replace for everyone" (an updateActivity from inside the
 * turn) when the card has a refresh block: shared cards change only through the outbox.
 */
export async function replyWithCard(context: TurnContext, card: AdaptiveCard): Promise<AdaptiveCard> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: CARD, value: card } } });
  return card;
}

/** Input values as cards send them: text, bounded so a forged payload cannot be huge. */
export const cardInput = (max: number) => z.preprocess((v) => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : String(v)), z.string().max(max).optional());
