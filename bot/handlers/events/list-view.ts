import { eventView } from '../../../src/domain/events/notifications.js';
import type { Principal } from '../../../src/domain/identity/types.js';
import type { EventListView } from '../../cards/events/list.js';
import type { BotDeps } from '../../deps.js';

// Its own module because both the "events" command (events.ts) and the card actions
// (actions.ts) build it, and events.ts registers the actions: no import cycle.

/** How many upcoming events the "events" card and the announce picker consider. */
export const UPCOMING = 10;

/** The list card for one person: the next events, their answers, and buttons to change them. */
export async function eventListView(deps: BotDeps, principal: Principal, notice?: string | null): Promise<EventListView> {
  const events = deps.services.events;
  const list = await events.list(principal, { when: 'upcoming', limit: UPCOMING });
  return {
    items: list.filter((s) => s.event.status === 'scheduled').map((s) => ({ event: eventView(s.event, events.ctx.links), counts: s.counts, standing: s.mine })),
    allEventsUrl: deps.links.page('events'),
    notice,
  };
}
