import { z } from 'zod';

/** Card data that names a request. Anything else in a forged or stale payload is ignored. */
export const requestRef = z.object({ requestId: z.string().uuid() }).passthrough();

// The environment handlers' names for the one invoke reply and card-input schema; they stay until
// those handlers move into the capability layout (docs/architecture.md), so their call sites do not churn now.
export { replyWithCard as answerWithCard, cardInput as cardText } from './invoke-response.js';
