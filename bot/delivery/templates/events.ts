import { CardFactory, type Activity } from 'botbuilder';
import { EVENT_TEMPLATES, type EventMessagePayload } from '../../../src/domain/events/notifications.js';
import { TemplatePayloadError, type TemplateMap } from './types.js';
import { announcementCard, cancelledCard, changedCard, feedbackCard, promotedCard, reminderCard } from '../../cards/events/messages.js';
import type { AdaptiveCard } from '../../cards/types.js';
import type { Translator } from '../../../src/i18n/translator.js';

/** Checks that an outbox payload carries an event view and counts before a card is built from it. */
function eventPayload(template: string, payload: Record<string, unknown>): EventMessagePayload {
  const event = payload.event as Record<string, unknown> | undefined;
  const counts = payload.counts as Record<string, unknown> | undefined;
  for (const field of ['id', 'title', 'startsAt', 'endsAt', 'timeZone', 'pageUrl', 'calendarUrl', 'typeLabel', 'status'])
    if (!event || typeof event[field] !== 'string') throw new TemplatePayloadError(template, `payload.event.${field} must be text`);
  if (!counts || typeof counts.going !== 'number') throw new TemplatePayloadError(template, 'payload.counts must hold the RSVP counts');
  return payload as EventMessagePayload;
}

const render =
  (template: string, build: (p: EventMessagePayload, tr: Translator) => AdaptiveCard) =>
  (payload: Record<string, unknown>, tr: Translator): Partial<Activity> => {
    const p = eventPayload(template, payload);
    // The summary is what Teams shows in the activity feed and notifications.
    return { type: 'message', summary: p.event.title, attachments: [CardFactory.adaptiveCard(build(p, tr))] };
  };

/** The renderers of every `events.*` delivery template (registered in bot/delivery/templates.ts). */
export const EVENT_RENDERERS: TemplateMap = {
  [EVENT_TEMPLATES.announcement]: render(EVENT_TEMPLATES.announcement, announcementCard),
  [EVENT_TEMPLATES.reminder]: render(EVENT_TEMPLATES.reminder, reminderCard),
  [EVENT_TEMPLATES.changed]: render(EVENT_TEMPLATES.changed, changedCard),
  [EVENT_TEMPLATES.cancelled]: render(EVENT_TEMPLATES.cancelled, cancelledCard),
  [EVENT_TEMPLATES.promoted]: render(EVENT_TEMPLATES.promoted, promotedCard),
  [EVENT_TEMPLATES.feedback]: render(EVENT_TEMPLATES.feedback, (p, tr) => feedbackCard(p, {}, tr)),
};
