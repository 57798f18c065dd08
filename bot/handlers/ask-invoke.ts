import { z } from 'zod';
import { cardInput } from './invoke-response.js';

/** Card data naming a question; anything else in a forged or stale payload is ignored. */
export const questionRef = z.object({ questionId: z.string().uuid() }).passthrough();

/** 👍/👎: clients send booleans, older ones and forged payloads may send strings. */
export const feedbackData = questionRef.extend({ helpful: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]) });

/** Expert card data: the ticket and, for "Send answer", the typed text (bounded). */
export const ticketData = z
  .object({
    ticketId: z.string().uuid(),
    answer: cardInput(8000),
  })
  .passthrough();

/** A card's optional text input: absent, or any value as a string (bounded, so a forged one is refused). */
const cardText = (max: number) => z.preprocess((v) => (v === undefined || v === null ? undefined : String(v)), z.string().max(max).optional());

/** "Send to the experts": the question and the details typed into the card. */
export const escalateData = questionRef.extend({ details: cardText(4000) });

/** The reason for a 👎: one of the choices (checked by the service) and optional words. */
export const reasonData = questionRef.extend({ reason: cardText(40), note: cardText(4000) });

/** The maker's reply to an answer. */
export const replyData = z.object({ ticketId: z.string().uuid(), message: cardText(4000) }).passthrough();
