import { hasRole, type Principal } from '../identity/types.js';
import { NotFoundError } from '../shared/errors.js';
import type { EventContext } from './context.js';
import { standingOf, waitlistOrder, type RsvpStanding } from './rsvp-rules.js';
import type { CommunityEvent, EventCounts, EventType, EventWhen, Feedback, FeedbackSummary } from './types.js';
import { say } from '../shared/error-text.js';

export interface EventSummary {
  event: CommunityEvent;
  counts: EventCounts;
  /** The viewer's own answer. */
  mine: RsvpStanding | null;
}

export interface EventDetail extends EventSummary {
  waitlistPosition: number | null;
  feedback: FeedbackSummary;
  myFeedback: Pick<Feedback, 'rating' | 'comment'> | null;
  /** Who answered, for coe-admins only (null for everyone else). */
  attendees: Array<{ displayName: string; standing: RsvpStanding }> | null;
  /** True once the event has started and the viewer was going: the tab offers the rating form. */
  canRate: boolean;
}

const EMPTY = (capacity: number | null): EventCounts => ({ going: 0, waitlisted: 0, maybe: 0, notGoing: 0, capacity, spotsLeft: capacity });

/** Upcoming (soonest first) or past (latest first) events with counts and the viewer's answer. */
export async function listEvents(ctx: EventContext, principal: Principal, query: { when: EventWhen; type?: EventType; mine?: boolean; limit?: number }): Promise<EventSummary[]> {
  const repo = ctx.store.repos.events;
  const events = await repo.list({
    when: query.when,
    type: query.type,
    rsvpBy: query.mine ? principal.user.id : undefined,
    now: ctx.clock.now().toISOString(),
    limit: Math.min(Math.max(query.limit ?? 50, 1), 200),
  });
  const ids = events.map((e) => e.id);
  const [counts, mine] = await Promise.all([repo.counts(ids), repo.rsvpsOf(principal.user.id, ids)]);
  return events.map((event) => ({ event, counts: counts.get(event.id) ?? EMPTY(event.capacity), mine: standingOf(mine.get(event.id)) }));
}

/** One event as the viewer sees it: counts, their answer and place in line, feedback results. */
export async function eventDetail(ctx: EventContext, principal: Principal, id: string): Promise<EventDetail> {
  const repo = ctx.store.repos.events;
  const event = await repo.find(id);
  if (!event) throw new NotFoundError(say('errors.events.notFound'));
  const [counts, rsvp, attendees, feedback, mine] = await Promise.all([
    repo.counts([id]),
    repo.findRsvp(id, principal.user.id),
    repo.attendees(id),
    repo.feedbackSummary(id),
    repo.findFeedback(id, principal.user.id),
  ]);
  const standing = standingOf(rsvp);
  const position = standing === 'waitlisted' ? waitlistOrder(attendees).findIndex((a) => a.userId === principal.user.id) + 1 : null;
  const started = new Date(event.startsAt).getTime() <= ctx.clock.now().getTime();
  return {
    event,
    counts: counts.get(id) ?? EMPTY(event.capacity),
    mine: standing,
    waitlistPosition: position,
    feedback,
    myFeedback: mine ? { rating: mine.rating, comment: mine.comment } : null,
    attendees: hasRole(principal, 'coe-admin') ? attendees.map((a) => ({ displayName: a.displayName, standing: standingOf(a)! })) : null,
    canRate: started && event.status === 'scheduled' && standing === 'going',
  };
}
