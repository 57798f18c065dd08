import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { ChangeContext, UserChange } from '../identity/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { eventEntity, type EventContext } from './context.js';
import { standingOf } from './rsvp-rules.js';
import type { Feedback } from './types.js';
import { say, type ErrorText } from '../shared/error-text.js';

export const MAX_FEEDBACK_COMMENT = 1000;

/** Checks a rating (1–5, whole) and an optional comment as they come from a card or the tab. */
export function checkFeedback(rating: unknown, comment: unknown): { rating: number; comment: string | null } {
  const fields: Record<string, ErrorText> = {};
  const n = typeof rating === 'string' ? Number(rating.trim()) : rating;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 5) fields.rating = say('errors.events.field.rating');
  const text = typeof comment === 'string' ? comment.trim() : '';
  if (text.length > MAX_FEEDBACK_COMMENT) fields.comment = say('errors.events.field.commentTooLong', { max: MAX_FEEDBACK_COMMENT });
  if (Object.keys(fields).length) throw new ValidationError(say('errors.checkFields', { fields: Object.keys(fields).join(', ') }), fields);
  return { rating: n as number, comment: text || null };
}

/**
 * An attendee rates the event once it has started; rating again replaces their earlier answer
 * (the prompt card can be pressed twice, the tab can be used later).
 */
export async function submitFeedback(ctx: EventContext, change: UserChange, eventId: string, rating: unknown, comment: unknown): Promise<Feedback> {
  const { actor, correlationId } = change;
  const { principal } = actor;
  const checked = checkFeedback(rating, comment);
  const at = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const event = await tx.events.find(eventId);
    if (!event) throw new NotFoundError(say('errors.events.gone'));
    if (event.status === 'cancelled') throw new ConflictError(say('errors.events.cancelledNoRating'));
    if (new Date(event.startsAt).getTime() > ctx.clock.now().getTime()) throw new ConflictError(say('errors.events.rateAfterStart'));
    const rsvp = await tx.events.findRsvp(eventId, principal.user.id);
    if (standingOf(rsvp) !== 'going') throw new ConflictError(say('errors.events.onlyGoingRate'));
    const before = await tx.events.findFeedback(eventId, principal.user.id);
    const feedback: Feedback = { eventId, userId: principal.user.id, rating: checked.rating, comment: checked.comment, submittedAt: at };
    await tx.events.upsertFeedback(feedback);
    await audit(tx.audit, { clock: ctx.clock, correlationId }, actor, 'event.feedback', eventEntity(eventId), before ? { rating: before.rating, comment: before.comment } : null, { rating: feedback.rating, comment: feedback.comment });
    return feedback;
  });
}

/** Every rating with its comment and author (coe-admins: comments can be personal). */
export async function feedbackDetails(ctx: EventContext, change: ChangeContext, eventId: string) {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.feedback.read', eventEntity(eventId));
  return ctx.store.repos.events.feedback(eventId);
}
