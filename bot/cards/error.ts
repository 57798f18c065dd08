import { card, heading, subtle, text } from './kit.js';
import type { AdaptiveCard } from './types.js';

/** Shown when a handler failed unexpectedly: friendly, with a reference the CoE can find in the logs. */
export function errorCard(correlationId: string): AdaptiveCard {
  return card([
    heading('Something went wrong on our side'),
    text("I couldn't finish that. Nothing you sent was lost — please try again in a moment."),
    subtle(`If it keeps happening, give the CoE team this reference: ${correlationId}`),
  ]);
}

/** Shown when the request itself cannot be done (no permission, stale card, bad input). */
export function noticeCard(title: string, message: string): AdaptiveCard {
  return card([heading(title), text(message)]);
}
