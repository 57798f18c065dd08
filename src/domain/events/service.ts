import type { ChangeContext, Principal, UserChange } from '../identity/types.js';
import { NotFoundError } from '../shared/errors.js';
import { announcedIn, announceEvent, announceTargets } from './announce.js';
import type { EventContext } from './context.js';
import { cancelEvent, createEvent, updateEvent } from './event-admin.js';
import { feedbackDetails, submitFeedback } from './feedback.js';
import { eventIcs } from './ics.js';
import { eventDetail, listEvents } from './queries.js';
import { respond } from './rsvp.js';
import type { EventType, EventWhen, RsvpResponse } from './types.js';
import type { EventDraft } from './validation.js';
import { say } from '../shared/error-text.js';

/**
 * Community events, as the bot and the tab API use them. Each use case lives in its own module;
 * this class binds them to the capability's context so callers hold one object.
 */
export class EventService {
  constructor(readonly ctx: EventContext) {}

  create(change: ChangeContext, draft: EventDraft) {
    return createEvent(this.ctx, change, draft);
  }

  update(change: ChangeContext, id: string, draft: EventDraft, expectedVersion?: number) {
    return updateEvent(this.ctx, change, id, draft, expectedVersion);
  }

  cancel(change: ChangeContext, id: string, reason: string | null) {
    return cancelEvent(this.ctx, change, id, reason);
  }

  announce(change: ChangeContext, id: string, conversationIds: readonly string[]) {
    return announceEvent(this.ctx, change, id, conversationIds);
  }

  announceTargets(change: ChangeContext) {
    return announceTargets(this.ctx, change);
  }

  respond(change: UserChange, id: string, response: RsvpResponse) {
    return respond(this.ctx, change, id, response);
  }

  submitFeedback(change: UserChange, id: string, rating: unknown, comment: unknown) {
    return submitFeedback(this.ctx, change, id, rating, comment);
  }

  feedbackDetails(change: ChangeContext, id: string) {
    return feedbackDetails(this.ctx, change, id);
  }

  list(principal: Principal, query: { when: EventWhen; type?: EventType; mine?: boolean; limit?: number }) {
    return listEvents(this.ctx, principal, query);
  }

  detail(principal: Principal, id: string) {
    return eventDetail(this.ctx, principal, id);
  }

  /** Whether an event exists (whatever its status): the card-action gate's check; events are public in the tenant. */
  async exists(id: string): Promise<boolean> {
    return (await this.ctx.store.repos.events.find(id)) !== undefined;
  }

  /** The conversations an event was announced in, for coe-admins choosing where to announce it. */
  announcedIn(change: ChangeContext, id: string) {
    return announcedIn(this.ctx, change, id);
  }

  /** The .ics of an event (also of a cancelled one: importing it removes the entry from a calendar). */
  async calendar(id: string, uidDomain: string): Promise<{ filename: string; body: string }> {
    const event = await this.ctx.store.repos.events.find(id);
    if (!event) throw new NotFoundError(say('errors.events.notFound'));
    const slug = event.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'event';
    return { filename: `${slug}.ics`, body: eventIcs(event, { uidDomain, pageUrl: this.ctx.links.page(id) }) };
  }
}
