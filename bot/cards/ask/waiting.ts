import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import type { Ticket } from '../../../src/domain/ask/tickets/types.js';
import { ASK_VERBS } from './verbs.js';
import { card, execute, heading, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardElement } from '../types.js';

/** How many waiting tickets the card lists; the count covers them all. */
export const WAITING_SHOWN = 5;

/** "tickets" for experts: how many questions wait for an expert, the oldest first, each one click from being taken. */
export function waitingTicketsCard(count: number, oldest: readonly Ticket[], tr: Translator = ENGLISH): AdaptiveCard {
  if (count === 0) return card([heading(tr.t('bot.ask.waiting.none')), subtle(tr.t('bot.ask.waiting.noneBody'))]);
  const body: CardElement[] = [heading(tr.t('bot.ask.waiting.count', { count }))];
  for (const t of oldest.slice(0, WAITING_SHOWN))
    body.push({
      type: 'Container',
      spacing: 'Medium',
      separator: true,
      items: [text(`**#${t.number}** ${plain(t.question)}`), subtle(tr.t(t.state === 'reopened' ? 'bot.ask.waiting.askedByReopened' : 'bot.ask.waiting.askedBy', { name: plain(t.askerName), date: tr.date(t.createdAt, { dateStyle: 'medium', timeZone: 'UTC' }) }))],
    });
  if (count > WAITING_SHOWN) body.push(subtle(tr.t('bot.ask.waiting.more', { count: count - WAITING_SHOWN })));
  const actions = oldest.slice(0, Math.min(3, WAITING_SHOWN)).map((t) => execute(tr.t('bot.ask.waiting.take', { number: t.number }), ASK_VERBS.assign, { ticketId: t.id }));
  return card(body, actions);
}
