import type { Ticket } from '../../src/domain/ask/tickets/types.js';
import { ASK_VERBS } from './ask-verbs.js';
import { card, execute, heading, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardElement } from './types.js';

/** How many waiting tickets the card lists; the count covers them all. */
export const WAITING_SHOWN = 5;

/** "tickets" for experts: how many questions wait for an expert, the oldest first, each one click from being taken. */
export function waitingTicketsCard(count: number, oldest: readonly Ticket[]): AdaptiveCard {
  if (count === 0) return card([heading('No tickets wait for an expert'), subtle('Every question handed to the experts has someone on it or an answer. Nice work!')]);
  const body: CardElement[] = [heading(count === 1 ? '1 ticket waits for an expert' : `${count} tickets wait for an expert`)];
  for (const t of oldest.slice(0, WAITING_SHOWN))
    body.push({
      type: 'Container',
      spacing: 'Medium',
      separator: true,
      items: [text(`**#${t.number}** ${plain(t.question)}`), subtle(`Asked by ${plain(t.askerName)}, ${t.createdAt.slice(0, 10)}${t.state === 'reopened' ? ' · reopened' : ''}`)],
    });
  if (count > WAITING_SHOWN) body.push(subtle(`…and ${count - WAITING_SHOWN} more in Maker Hub's Ask page, under "All tickets".`));
  const actions = oldest.slice(0, Math.min(3, WAITING_SHOWN)).map((t) => execute(`Take #${t.number}`, ASK_VERBS.assign, { ticketId: t.id }));
  return card(body, actions);
}
