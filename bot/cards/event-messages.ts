import type { EventMessagePayload } from '../../src/domain/events/notifications.js';
import { MAX_FEEDBACK_COMMENT } from '../../src/domain/events/feedback.js';
import { eventCard, eventHeader } from './event-card.js';
import { plannedTime, whereLine } from './event-format.js';
import { EVENT_VERBS } from './event-verbs.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from './kit.js';
import type { AdaptiveCard, CardAction } from './types.js';

/** Personal messages about an event an attendee answered: reminders, changes, cancellation, promotion, feedback. */

function joinAndCalendar(p: EventMessagePayload, calendarTitle = 'Add to calendar'): CardAction[] {
  const actions: CardAction[] = [];
  if (p.event.meetingUrl && p.event.status === 'scheduled') actions.push(openUrl('Join meeting', p.event.meetingUrl));
  actions.push(openUrl(calendarTitle, p.event.calendarUrl), openUrl('Details', p.event.pageUrl));
  return actions;
}

/** "Starts tomorrow / in 15 minutes", with the way in and a way out. */
export function reminderCard(p: EventMessagePayload): AdaptiveCard {
  return card(
    [text(`⏰ Reminder: this starts **${p.lead ?? 'soon'}**`, { weight: 'Bolder' }), ...eventHeader(p.event), facts([['Where', whereLine(p.event)]])],
    [...joinAndCalendar(p), execute("Can't go any more", EVENT_VERBS.rsvp, { eventId: p.event.id, response: 'not-going' })],
  );
}

/** What changed (time, place, link), and a button to update the calendar entry (same UID). */
export function changedCard(p: EventMessagePayload): AdaptiveCard {
  return card(
    [text('✏️ **An event you answered has changed**'), ...(p.changes ?? []).map((c) => text(`- ${plain(c)}`, { spacing: 'Small' })), ...eventHeader(p.event), facts([['Where', whereLine(p.event)]])],
    joinAndCalendar(p, 'Update my calendar'),
  );
}

export function cancelledCard(p: EventMessagePayload): AdaptiveCard {
  const reason = p.event.cancelReason ? ` ${plain(p.event.cancelReason)}` : '';
  return card(
    [text(`❌ **Cancelled:** ${plain(p.event.title)}`, { size: 'Large', wrap: true }), text(`Sorry — this event will not take place.${reason}`), subtle(`It was planned for ${plannedTime(p.event)}.`)],
    [openUrl('Remove from my calendar', p.event.calendarUrl), openUrl('See other events', p.event.pageUrl)],
  );
}

export function promotedCard(p: EventMessagePayload): AdaptiveCard {
  return card([text("🎉 **A seat opened up — you're going!**"), text('You were next on the wait list, so your seat is confirmed.'), ...eventHeader(p.event)], [
    ...joinAndCalendar(p),
    execute("Can't go any more", EVENT_VERBS.rsvp, { eventId: p.event.id, response: 'not-going' }),
  ]);
}

const RATINGS = [
  { title: '5 – Excellent', value: '5' },
  { title: '4 – Good', value: '4' },
  { title: '3 – OK', value: '3' },
  { title: '2 – Not great', value: '2' },
  { title: '1 – Poor', value: '1' },
];

/** After the event: a 1–5 rating and an optional comment, sent with Action.Execute. */
export function feedbackCard(p: EventMessagePayload, options: { error?: string; rating?: string; comment?: string } = {}): AdaptiveCard {
  return card(
    [
      heading(`How was ${plain(p.event.title)}?`),
      text('Thanks for joining. Two clicks help the CoE plan better events.'),
      ...(options.error ? [text(`⚠️ ${plain(options.error)}`, { color: 'Attention' })] : []),
      { type: 'Input.ChoiceSet', id: 'rating', label: 'Your rating', style: 'expanded', isRequired: true, errorMessage: 'Choose a rating from 1 to 5.', choices: RATINGS, ...(options.rating ? { value: options.rating } : {}) },
      { type: 'Input.Text', id: 'comment', label: 'Anything we should know? (optional)', isMultiline: true, maxLength: MAX_FEEDBACK_COMMENT, ...(options.comment ? { value: options.comment } : {}) },
    ],
    [{ ...execute('Send feedback', EVENT_VERBS.feedback, { eventId: p.event.id }, 'positive'), associatedInputs: 'auto' }],
  );
}

/** The feedback card after it was sent: the answer, and the running average. */
export function feedbackThanksCard(p: EventMessagePayload, mine: { rating: number; comment: string | null }, summary: { count: number; average: number | null }): AdaptiveCard {
  return card([
    heading('Thanks for your feedback! 🙏'),
    facts([
      ['Event', plain(p.event.title)],
      ['Your rating', `${'★'.repeat(mine.rating)}${'☆'.repeat(5 - mine.rating)} (${mine.rating}/5)`],
      ...(mine.comment ? ([['Your comment', plain(mine.comment)]] as Array<[string, string]>) : []),
      ['Average so far', summary.average === null ? '—' : `${summary.average}/5 from ${summary.count} ${summary.count === 1 ? 'rating' : 'ratings'}`],
    ]),
  ]);
}

/** The announcement card as the outbox sends it to a channel (no reader yet: counts only). */
export function announcementCard(p: EventMessagePayload): AdaptiveCard {
  return eventCard({ event: p.event, counts: p.counts });
}
