import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { AdaptiveCard } from '../cards/types.js';

const CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * Answers an Action.Execute with a card for the person who clicked. Sending the invoke response
 * ourselves keeps teams-ai from switching the route to "replace for everyone" when a card has a
 * refresh block: what everyone sees changes only through the outbox's card update.
 */
export async function answerWithCard(context: TurnContext, card: AdaptiveCard): Promise<string> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: CARD, value: card } } });
  return '';
}

/** Card data that names a request. Anything else in a forged or stale payload is ignored. */
export const requestRef = z.object({ requestId: z.string().uuid() }).passthrough();

/** Input values as cards send them: strings, bounded so a forged payload cannot be huge. */
export const cardText = (max: number) => z.preprocess((v) => (v === undefined || v === null ? undefined : typeof v === 'string' ? v : String(v)), z.string().max(max).optional());
