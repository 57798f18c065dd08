import type { AppConfig } from './config/index.js';
import type { EventLinks } from './domain/events/context.js';
import { EventService } from './domain/events/service.js';
import { parseReminderOffsets } from './domain/events/reminders.js';
import type { Clock } from './domain/shared/clock.js';
import type { Store } from './domain/store.js';
import { teamsDeepLink } from './domain/shared/teams-deep-link.js';

/**
 * Links to an event: a Teams deep link to the Events tab (its sub-entity opens the event) when the
 * app id is known, else the tab's web address; the .ics is always a plain web download.
 */
export function eventLinks(settings: AppConfig['settings']): EventLinks {
  const origin = settings.TAB_ENDPOINT;
  return {
    page(eventId) {
      if (!settings.TEAMS_APP_ID) return new URL(`/events/${encodeURIComponent(eventId)}`, origin).toString();
      return teamsDeepLink(settings.TEAMS_APP_ID, 'events', 'Events', { kind: 'event', id: eventId });
    },
    calendar(eventId) {
      return new URL(`/calendar/events/${encodeURIComponent(eventId)}.ics`, origin).toString();
    },
  };
}

/** Community events, composed from configuration (called by container.ts). */
export function createEvents(config: AppConfig, store: Store, clock: Clock): EventService {
  const s = config.settings;
  return new EventService({
    store,
    clock,
    settings: { reminders: parseReminderOffsets(s.EVENT_REMINDERS), feedbackDelayMinutes: s.EVENT_FEEDBACK_DELAY_MINUTES },
    links: eventLinks(s),
  });
}
