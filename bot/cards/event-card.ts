import type { EventView } from '../../src/domain/events/notifications.js';
import type { RsvpStanding } from '../../src/domain/events/rsvp-rules.js';
import type { EventCounts, RsvpResponse } from '../../src/domain/events/types.js';
import { countsLine, plannedTime, readerTime, seatsLine, shortDescription, standingLine, whereLine } from './event-format.js';
import { EVENT_VERBS } from './event-verbs.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction, CardElement } from './types.js';

export interface EventCardView {
  event: EventView;
  counts: EventCounts;
  /** The reader's own answer, when the card is for one person (refresh, invoke response, personal chat). */
  standing?: RsvpStanding | null;
  waitlistPosition?: number | null;
  /** One line on top, e.g. "Thanks — you're going." or why an answer was refused. */
  notice?: string | null;
}

const RSVP_BUTTONS: Array<{ response: RsvpResponse; title: string; mine: RsvpStanding[] }> = [
  { response: 'going', title: 'Going', mine: ['going', 'waitlisted'] },
  { response: 'maybe', title: 'Maybe', mine: ['maybe'] },
  { response: 'not-going', title: "Can't go", mine: ['not-going'] },
];

/** The RSVP buttons; the reader's current answer is marked so they see what they chose. */
export function rsvpActions(eventId: string, standing: RsvpStanding | null | undefined): CardAction[] {
  return RSVP_BUTTONS.map((b) => execute(standing && b.mine.includes(standing) ? `✓ ${b.title}` : b.title, EVENT_VERBS.rsvp, { eventId, response: b.response }, b.response === 'going' ? 'positive' : undefined));
}

/** Title block shared by every event card: type, title, and the time in the reader's and the event's zone. */
export function eventHeader(event: EventView): CardElement[] {
  return [
    subtle(event.typeLabel.toUpperCase()),
    heading(plain(event.title)),
    text(`🗓️ ${readerTime(event)}`, { weight: 'Bolder', spacing: 'Small' }),
    subtle(`Planned for ${plannedTime(event)}`),
  ];
}

/**
 * The event card: what a channel sees when an event is announced (live counts, RSVP buttons,
 * add to calendar) and what one person sees after answering. It refreshes itself for each reader
 * (Action.Execute refresh), so everyone sees their own answer on the same shared card.
 */
export function eventCard(view: EventCardView): AdaptiveCard {
  const { event, counts } = view;
  const cancelled = event.status === 'cancelled';
  const body: CardElement[] = [];
  if (view.notice) body.push({ type: 'Container', style: 'emphasis', bleed: true, items: [text(view.notice, { weight: 'Bolder' })] });
  body.push(...eventHeader(event));
  if (cancelled) {
    body.push({ type: 'Container', style: 'attention', items: [text(`❌ **This event was cancelled.**${event.cancelReason ? ` ${plain(event.cancelReason)}` : ''}`)] });
  }
  if (event.description) body.push(text(shortDescription(event.description)));
  const rows: Array<[string, string]> = [['Where', whereLine(event)]];
  if (event.audienceNote) rows.push(['For', plain(event.audienceNote)]);
  if (!cancelled) rows.push(['Seats', seatsLine(counts)]);
  body.push(facts(rows));
  if (!cancelled) body.push(text(countsLine(counts), { spacing: 'Medium' }));
  const mine = standingLine(view.standing, view.waitlistPosition);
  if (mine && !cancelled) body.push(text(mine, { spacing: 'Small' }));

  const actions: CardAction[] = cancelled ? [openUrl('Details', event.pageUrl)] : [...rsvpActions(event.id, view.standing), openUrl('Add to calendar', event.calendarUrl)];
  if (!cancelled && event.meetingUrl) actions.push(openUrl('Join meeting', event.meetingUrl));
  if (!cancelled) actions.push(openUrl('Details', event.pageUrl));
  return card(body, actions, {
    // No userIds: Teams refreshes automatically for each reader in conversations of up to 60 people;
    // larger channels still see the counts, which the outbox keeps current.
    refresh: { action: execute('Refresh', EVENT_VERBS.refresh, { eventId: event.id }) },
  });
}
