import type { EventView } from '../../../src/domain/events/notifications.js';
import type { RsvpStanding } from '../../../src/domain/events/rsvp-rules.js';
import type { EventCounts, RsvpResponse } from '../../../src/domain/events/types.js';
import { countsLine, plannedTime, readerTime, seatsLine, shortDescription, standingLine, whereLine } from './format.js';
import { EVENT_VERBS } from './verbs.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction, CardElement } from '../types.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';

export interface EventCardView {
  event: EventView;
  counts: EventCounts;
  /** The reader's own answer, when the card is for one person (refresh, invoke response, personal chat). */
  standing?: RsvpStanding | null;
  waitlistPosition?: number | null;
  /** One line on top, e.g. "Thanks — you're going." or why an answer was refused. */
  notice?: string | null;
}

const RSVP_BUTTONS: Array<{ response: RsvpResponse; title: 'going' | 'maybe' | 'notGoing'; mine: RsvpStanding[] }> = [
  { response: 'going', title: 'going', mine: ['going', 'waitlisted'] },
  { response: 'maybe', title: 'maybe', mine: ['maybe'] },
  { response: 'not-going', title: 'notGoing', mine: ['not-going'] },
];

/** The RSVP buttons; the reader's current answer is marked so they see what they chose. */
export function rsvpActions(eventId: string, standing: RsvpStanding | null | undefined, tr: Translator = ENGLISH): CardAction[] {
  return RSVP_BUTTONS.map((b) => execute(`${standing && b.mine.includes(standing) ? '✓ ' : ''}${tr.t(`bot.events.${b.title}`)}`, EVENT_VERBS.rsvp, { eventId, response: b.response }, b.response === 'going' ? 'positive' : undefined));
}

/** Title block shared by every event card: type, title, and the time in the reader's and the event's zone. */
export function eventHeader(event: EventView, tr: Translator = ENGLISH): CardElement[] {
  return [
    subtle(tr.t(`events.type.${event.type}`).toLocaleUpperCase(tr.locale)),
    heading(plain(event.title)),
    text(`🗓️ ${readerTime(event)}`, { weight: 'Bolder', spacing: 'Small' }),
    subtle(tr.t('bot.events.plannedFor', { time: plannedTime(event, tr) })),
  ];
}

/**
 * The event card: what a channel sees when an event is announced (live counts, RSVP buttons,
 * add to calendar) and what one person sees after answering. It refreshes itself for each reader
 * (Action.Execute refresh), so everyone sees their own answer on the same shared card.
 */
export function eventCard(view: EventCardView, tr: Translator = ENGLISH): AdaptiveCard {
  const { event, counts } = view;
  const cancelled = event.status === 'cancelled';
  const body: CardElement[] = [];
  if (view.notice) body.push({ type: 'Container', style: 'emphasis', bleed: true, items: [text(view.notice, { weight: 'Bolder' })] });
  body.push(...eventHeader(event, tr));
  if (cancelled) {
    body.push({ type: 'Container', style: 'attention', items: [text(`${tr.t('bot.events.cancelledNotice')}${event.cancelReason ? ` ${plain(event.cancelReason)}` : ''}`)] });
  }
  if (event.description) body.push(text(shortDescription(event.description)));
  const rows: Array<[string, string]> = [[tr.t('bot.events.where'), whereLine(event, tr)]];
  if (event.audienceNote) rows.push([tr.t('bot.events.for'), plain(event.audienceNote)]);
  if (!cancelled) rows.push([tr.t('bot.events.seats'), seatsLine(counts, tr)]);
  body.push(facts(rows));
  if (!cancelled) body.push(text(countsLine(counts, tr), { spacing: 'Medium' }));
  const mine = standingLine(view.standing, view.waitlistPosition, tr);
  if (mine && !cancelled) body.push(text(mine, { spacing: 'Small' }));

  const details = openUrl(tr.t('bot.events.details'), event.pageUrl);
  const actions: CardAction[] = cancelled ? [details] : [...rsvpActions(event.id, view.standing, tr), openUrl(tr.t('bot.events.addToCalendar'), event.calendarUrl)];
  if (!cancelled && event.meetingUrl) actions.push(openUrl(tr.t('bot.events.joinMeeting'), event.meetingUrl));
  if (!cancelled) actions.push(details);
  return card(body, actions, {
    // No userIds: Teams refreshes automatically for each reader in conversations of up to 60 people;
    // larger channels still see the counts, which the outbox keeps current.
    refresh: { action: execute('Refresh', EVENT_VERBS.refresh, { eventId: event.id }) },
  });
}
