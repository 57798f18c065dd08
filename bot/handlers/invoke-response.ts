import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/types.js';

/** The body of an adaptiveCard/action invoke response that shows `card` to the person who clicked. */
export const cardInvokeBody = (card: AdaptiveCard) => ({ statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card });

/**
 * Answers an Action.Execute with a card for the person who clicked. Sending the invoke response
 * here keeps teams-ai from switching to "replace for everyone" (an updateActivity from inside the
 * turn) when the card has a refresh block: shared cards change only through the outbox.
 */
export async function replyWithCard(context: TurnContext, card: AdaptiveCard): Promise<AdaptiveCard> {
  // Once an invoke response is sent, teams-ai ignores what the handler returns: returning the card
  // only lets a handler end with `return replyWithCard(…)`.
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: cardInvokeBody(card) } });
  return card;
}

/** Input values as cards send them: text, bounded so a forged payload cannot be huge. */
export const cardInput = (max: number) => z.preprocess((v) => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : String(v)), z.string().max(max).optional());
