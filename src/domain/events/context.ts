import type { Actor } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import type { ReminderOffset } from './reminders.js';

/** Settings of the capability, from configuration. */
export interface EventSettings {
  /** When reminders go out before an event (EVENT_REMINDERS). */
  reminders: ReminderOffset[];
  /** How long after an event ends attendees are asked for feedback; null = never. */
  feedbackDelayMinutes: number | null;
}

/**
 * Where a person can see an event, built by the composition root (the domain does not know the
 * tab's address or Teams deep links). Messages carry these so cards can link without config.
 */
export interface EventLinks {
  page(eventId: string): string;
  calendar(eventId: string): string;
}

export interface EventContext {
  store: Store;
  clock: Clock;
  settings: EventSettings;
  links: EventLinks;
}

export const eventEntity = (id: string) => ({ type: 'event', id });

/** The user id of an actor that is a person, for "created by" and "announced by" columns. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.principal.user.id : null;
}
