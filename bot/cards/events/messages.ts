import type { EventMessagePayload } from '../../../src/domain/events/notifications.js';
import { MAX_FEEDBACK_COMMENT } from '../../../src/domain/events/feedback.js';
import { ENGLISH, type Translator } from '../../../src/i18n/translator.js';
import { eventCard, eventHeader } from './event.js';
import { plannedTime, whereLine } from './format.js';
import { EVENT_VERBS } from './verbs.js';
import { card, execute, facts, heading, openUrl, plain, subtle, text } from '../kit.js';
import type { AdaptiveCard, CardAction } from '../types.js';

/** Personal messages about an event an attendee answered: reminders, changes, cancellation, promotion, feedback. */

function joinAndCalendar(p: EventMessagePayload, tr: Translator, calendarTitle = tr.t('bot.events.addToCalendar')): CardAction[] {
  const actions: CardAction[] = [];
  if (p.event.meetingUrl && p.event.status === 'scheduled') actions.push(openUrl(tr.t('bot.events.joinMeeting'), p.event.meetingUrl));
  actions.push(openUrl(calendarTitle, p.event.calendarUrl), openUrl(tr.t('bot.events.details'), p.event.pageUrl));
  return actions;
}

const UNITS = { d: 'day', h: 'hour', m: 'minute' } as const;

/** "tomorrow" / "morgen", "in 2 hours" / "in 2 Stunden": Intl words it; payloads queued before `leadIn` keep their English `lead`. */
function leadTime(p: EventMessagePayload, tr: Translator): string {
  if (p.leadIn) return new Intl.RelativeTimeFormat(tr.locale, { numeric: 'auto' }).format(p.leadIn.amount, UNITS[p.leadIn.unit]);
  return p.lead ?? tr.t('bot.eventMessages.soon');
}

function changeLines(p: EventMessagePayload, tr: Translator): string[] {
  if (p.changeKinds) return p.changeKinds.map((kind) => tr.t(`bot.eventMessages.change.${kind}`, { title: p.event.title }));
  return p.changes ?? [];
}

/** "Starts tomorrow / in 15 minutes", with the way in and a way out. */
export function reminderCard(p: EventMessagePayload, tr: Translator = ENGLISH): AdaptiveCard {
  return card(
    [text(tr.t('bot.eventMessages.reminder', { lead: leadTime(p, tr) }), { weight: 'Bolder' }), ...eventHeader(p.event, tr), facts([[tr.t('bot.events.where'), whereLine(p.event, tr)]])],
    [...joinAndCalendar(p, tr), execute(tr.t('bot.eventMessages.cantGoAnyMore'), EVENT_VERBS.rsvp, { eventId: p.event.id, response: 'not-going' })],
  );
}

/** What changed (time, place, link), and a button to update the calendar entry (same UID). */
export function changedCard(p: EventMessagePayload, tr: Translator = ENGLISH): AdaptiveCard {
  return card(
    [
      text(tr.t('bot.eventMessages.changed')),
      ...changeLines(p, tr).map((c) => text(`- ${plain(c)}`, { spacing: 'Small' })),
      ...eventHeader(p.event, tr),
      facts([[tr.t('bot.events.where'), whereLine(p.event, tr)]]),
    ],
    joinAndCalendar(p, tr, tr.t('bot.eventMessages.updateCalendar')),
  );
}

export function cancelledCard(p: EventMessagePayload, tr: Translator = ENGLISH): AdaptiveCard {
  const reason = p.event.cancelReason ? ` ${plain(p.event.cancelReason)}` : '';
  return card(
    [
      text(tr.t('bot.eventMessages.cancelled', { title: plain(p.event.title) }), { size: 'Large', wrap: true }),
      text(`${tr.t('bot.eventMessages.cancelledSorry')}${reason}`),
      subtle(tr.t('bot.eventMessages.wasPlanned', { time: plannedTime(p.event, tr) })),
    ],
    [openUrl(tr.t('bot.eventMessages.removeFromCalendar'), p.event.calendarUrl), openUrl(tr.t('bot.eventMessages.otherEvents'), p.event.pageUrl)],
  );
}

export function promotedCard(p: EventMessagePayload, tr: Translator = ENGLISH): AdaptiveCard {
  return card([text(tr.t('bot.eventMessages.promoted')), text(tr.t('bot.eventMessages.promotedBody')), ...eventHeader(p.event, tr)], [
    ...joinAndCalendar(p, tr),
    execute(tr.t('bot.eventMessages.cantGoAnyMore'), EVENT_VERBS.rsvp, { eventId: p.event.id, response: 'not-going' }),
  ]);
}

const RATINGS = ['5', '4', '3', '2', '1'] as const;

/** After the event: a 1–5 rating and an optional comment, sent with Action.Execute. */
export function feedbackCard(p: EventMessagePayload, options: { error?: string; rating?: string; comment?: string } = {}, tr: Translator = ENGLISH): AdaptiveCard {
  const choices = RATINGS.map((value) => ({ title: `${value} – ${tr.t(`bot.eventMessages.rating.${value}`)}`, value }));
  return card(
    [
      heading(tr.t('bot.eventMessages.feedbackTitle', { title: plain(p.event.title) })),
      text(tr.t('bot.eventMessages.feedbackBody')),
      ...(options.error ? [text(`⚠️ ${plain(options.error)}`, { color: 'Attention' })] : []),
      { type: 'Input.ChoiceSet', id: 'rating', label: tr.t('bot.eventMessages.yourRating'), style: 'expanded', isRequired: true, errorMessage: tr.t('bot.eventMessages.ratingRequired'), choices, ...(options.rating ? { value: options.rating } : {}) },
      { type: 'Input.Text', id: 'comment', label: tr.t('bot.eventMessages.commentLabel'), isMultiline: true, maxLength: MAX_FEEDBACK_COMMENT, ...(options.comment ? { value: options.comment } : {}) },
    ],
    [{ ...execute(tr.t('bot.eventMessages.sendFeedback'), EVENT_VERBS.feedback, { eventId: p.event.id }, 'positive'), associatedInputs: 'auto' }],
  );
}

/** The feedback card after it was sent: the answer, and the running average. */
export function feedbackThanksCard(p: EventMessagePayload, mine: { rating: number; comment: string | null }, summary: { count: number; average: number | null }, tr: Translator = ENGLISH): AdaptiveCard {
  return card([
    heading(tr.t('bot.eventMessages.thanksTitle')),
    facts([
      [tr.t('bot.eventMessages.event'), plain(p.event.title)],
      [tr.t('bot.eventMessages.yourRating'), `${'★'.repeat(mine.rating)}${'☆'.repeat(5 - mine.rating)} (${mine.rating}/5)`],
      ...(mine.comment ? ([[tr.t('bot.eventMessages.yourComment'), plain(mine.comment)]] as Array<[string, string]>) : []),
      [tr.t('bot.eventMessages.average'), summary.average === null ? '—' : tr.t('bot.eventMessages.averageValue', { average: tr.number(summary.average), count: summary.count })],
    ]),
  ]);
}

/** The announcement card as the outbox sends it to a channel (no reader yet: counts only). */
export function announcementCard(p: EventMessagePayload, tr: Translator = ENGLISH): AdaptiveCard {
  return eventCard({ event: p.event, counts: p.counts }, tr);
}
