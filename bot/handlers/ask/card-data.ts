import { z } from 'zod';
import { cardInput } from '../invoke-response.js';

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

/** "Send to the experts": the question and the details typed into the card. */
export const escalateData = questionRef.extend({ details: cardInput(4000) });

/** The reason for a 👎: one of the choices (checked by the service) and optional words. */
export const reasonData = questionRef.extend({ reason: cardInput(40), note: cardInput(4000) });

/** The maker's reply to an answer. */
export const replyData = z.object({ ticketId: z.string().uuid(), message: cardInput(4000) }).passthrough();
