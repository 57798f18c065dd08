import { audit } from '../audit/audit.js';
import type { Conversation } from '../conversations/types.js';
import { requireRole } from '../identity/authorize.js';
import type { ChangeContext } from '../identity/types.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { countsOf } from './attendance.js';
import { actorUserId, eventEntity, type EventContext } from './context.js';
import { announceBatchId, announcementKey, announcementPost } from './notifications.js';
import { enqueue, openBatch, payloadOf } from './outbox.js';
import { say } from '../shared/error-text.js';

export interface AnnounceOutcome {
  /** Channels the card is now queued for. */
  announced: string[];
  /** Channels that already had the card (it is kept up to date there; not posted twice). */
  already: string[];
  batchId: string | null;
}

/** At most this many channels per announcement: a CoE announces to a few community channels, not every team. */
export const MAX_ANNOUNCE_TARGETS = 25;

/** Where an event can be announced: channels and group chats the app is installed in. */
export async function announceTargets(ctx: EventContext, change: ChangeContext): Promise<Conversation[]> {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.announce-targets', eventEntity('*'));
  return (await ctx.store.repos.conversations.listInstalled()).filter((c) => c.scope !== 'personal');
}

/** The conversations an event was announced in (the pickers mark them), for coe-admins. */
export async function announcedIn(ctx: EventContext, change: ChangeContext, eventId: string): Promise<Set<string>> {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.announce-targets', eventEntity(eventId));
  return new Set((await ctx.store.repos.events.announcements(eventId)).map((a) => a.conversationId));
}

/**
 * Posts the event card (live counts, RSVP buttons) to each channel, through the outbox as one
 * batch with a delivery report. Announcing again to a channel that has the card does nothing there.
 */
export async function announceEvent(ctx: EventContext, change: ChangeContext, eventId: string, conversationIds: readonly string[]): Promise<AnnounceOutcome> {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.announce', eventEntity(eventId));
  const targets = [...new Set(conversationIds)];
  if (!targets.length) throw new ValidationError(say('errors.events.chooseChannel'), { conversationIds: say('errors.events.chooseChannel') });
  if (targets.length > MAX_ANNOUNCE_TARGETS) throw new ValidationError(say('errors.events.tooManyChannels', { max: MAX_ANNOUNCE_TARGETS }), { conversationIds: say('errors.events.tooManyChannelsField') });
  const at = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const event = await tx.events.find(eventId);
    if (!event) throw new NotFoundError(say('errors.events.notFound'));
    if (event.status === 'cancelled') throw new ConflictError(say('errors.events.cancelledNoAnnounce'));
    if (new Date(event.endsAt).getTime() <= ctx.clock.now().getTime()) throw new ConflictError(say('errors.events.overNoAnnounce'));
    const unusable: string[] = [];
    for (const id of targets) {
      const c = await tx.conversations.find(id);
      if (!c?.installed || c.scope === 'personal') unusable.push(id);
    }
    if (unusable.length) throw new ValidationError(say('errors.events.notInstalled'), { conversationIds: say('errors.events.notInstalledField', { ids: unusable.join(', ') }) });

    const counts = await countsOf(tx, event);
    const batchId = announceBatchId(event, at);
    const announced: string[] = [];
    const already: string[] = [];
    for (const conversationId of targets) {
      const fresh = await tx.events.insertAnnouncement({ eventId, conversationId, messageKey: announcementKey(eventId, conversationId), announcedBy: actorUserId(change.actor), announcedAt: at });
      (fresh ? announced : already).push(conversationId);
    }
    if (!announced.length) return { announced, already, batchId: null };
    await openBatch(tx, { id: batchId, kind: 'event-announcement', title: `Announcement: ${event.title}`, createdBy: actorUserId(change.actor) });
    for (const conversationId of announced) await enqueue(tx, announcementPost(payloadOf(ctx, event, counts), conversationId, batchId));
    await audit(tx.audit, { clock: ctx.clock, correlationId: change.correlationId }, change.actor, 'event.announce', eventEntity(eventId), null, { conversations: announced, batchId });
    return { announced, already, batchId };
  });
}
