import { audit } from '../audit/audit.js';
import type { UserChange } from '../identity/types.js';
import type { Repositories } from '../store.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { countsOf, promoteFromWaitlist, updateAnnouncedCards } from './attendance.js';
import { eventEntity, type EventContext } from './context.js';
import { planAttendeeMessages, withdrawAttendeeMessages } from './outbox.js';
import { decideRsvp, waitlistOrder, type RsvpStanding } from './rsvp-rules.js';
import { RSVP_RESPONSES, type CommunityEvent, type EventCounts, type RsvpResponse } from './types.js';
import { say } from '../shared/error-text.js';

export interface RsvpOutcome {
  event: CommunityEvent;
  standing: RsvpStanding;
  /** False for a repeated answer (double click): nothing was written or sent. */
  changed: boolean;
  counts: EventCounts;
  /** 1-based place in line while waitlisted. */
  waitlistPosition: number | null;
  /** People this answer moved up from the wait list. */
  promoted: string[];
}

export function parseRsvpResponse(value: unknown): RsvpResponse {
  if (typeof value === 'string' && (RSVP_RESPONSES as readonly string[]).includes(value)) return value as RsvpResponse;
  throw new ValidationError(say('errors.events.rsvpAnswer'), { response: say('errors.events.rsvpAnswerField') });
}

/**
 * A person answers going / maybe / can't go. Seats, the wait list, reminders, promotions and the
 * announced cards all change in one transaction, serialised per event so two people cannot take
 * the last seat at once.
 */
export async function respond(ctx: EventContext, change: UserChange, eventId: string, response: RsvpResponse): Promise<RsvpOutcome> {
  const { actor, correlationId } = change;
  const userId = actor.principal.user.id;
  return ctx.store.transaction(async (tx) => {
    const event = await tx.events.claimForRsvp(eventId);
    if (!event) throw new NotFoundError(say('errors.events.gone'));
    if (event.status === 'cancelled') throw new ConflictError(say('errors.events.cancelledNoAnswers'));
    const now = ctx.clock.now();
    if (new Date(event.endsAt).getTime() <= now.getTime()) throw new ConflictError(say('errors.events.overNoAnswers'));

    const current = await tx.events.findRsvp(eventId, userId);
    const before = await countsOf(tx, event);
    const decision = decideRsvp(event, userId, current, response, before.going, now.toISOString());
    if (!decision.write) return { event, standing: decision.after, changed: false, counts: before, waitlistPosition: await positionOf(tx, eventId, userId, decision.after), promoted: [] };

    await tx.events.upsertRsvp(decision.write);
    await audit(tx.audit, { clock: ctx.clock, correlationId }, actor, 'event.rsvp', eventEntity(eventId), { userId, standing: decision.before }, { userId, standing: decision.after });
    if (decision.before === 'going') await withdrawAttendeeMessages(tx, ctx, event, userId);
    const promoted = decision.before === 'going' ? await promoteFromWaitlist(tx, ctx, event, correlationId) : [];
    const counts = await countsOf(tx, event);
    if (decision.after === 'going') await planAttendeeMessages(tx, ctx, event, counts, userId);
    // Waitlisted counts too: the person chose to come. A later change of mind keeps the first answer's activity.
    if (decision.after === 'going' || decision.after === 'waitlisted') await tx.activity.record({ kind: 'rsvp-going', entityId: eventId, userId, at: now.toISOString() });
    await updateAnnouncedCards(tx, ctx, event, counts);
    return { event, standing: decision.after, changed: true, counts, waitlistPosition: await positionOf(tx, eventId, userId, decision.after), promoted };
  });
}

// Inside the transaction: on SQLite a query outside it would wait for the connection it holds.
async function positionOf(tx: Repositories, eventId: string, userId: string, standing: RsvpStanding): Promise<number | null> {
  if (standing !== 'waitlisted') return null;
  return waitlistOrder(await tx.events.attendees(eventId)).findIndex((a) => a.userId === userId) + 1;
}
