import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { ChangeContext } from '../identity/types.js';
import { newId } from '../shared/ids.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import type { Repositories } from '../store.js';
import { eventChanged } from '../inbox/notes.js';
import { countsOf, promoteFromWaitlist, updateAnnouncedCards } from './attendance.js';
import { actorUserId, eventEntity, type EventContext } from './context.js';
import { changeKinds, describeChanges, EVENT_TEMPLATES, personalMessage, type EventMessagePayload } from './notifications.js';
import { enqueue, openBatch, payloadOf, planAttendeeMessages, withdrawAttendeeMessages } from './outbox.js';
import type { EventChanges } from './repository.js';
import { standingOf } from './rsvp-rules.js';
import type { CommunityEvent, EventInput } from './types.js';
import { checkEventDraft, type EventDraft } from './validation.js';
import { say } from '../shared/error-text.js';

/** Creates an event (coe-admins). It starts unannounced; announcing is a separate, deliberate step. */
export async function createEvent(ctx: EventContext, change: ChangeContext, draft: EventDraft): Promise<CommunityEvent> {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.create', eventEntity('new'));
  const input = checkEventDraft(draft);
  if (new Date(input.startsAt).getTime() <= ctx.clock.now().getTime()) throw new ValidationError(say('errors.checkFields', { fields: 'start' }), { start: say('errors.events.startInFuture') });
  const at = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const event = await tx.events.insert({ ...input, id: newId(), createdBy: actorUserId(change.actor), createdAt: at });
    await audit(tx.audit, { clock: ctx.clock, correlationId: change.correlationId }, change.actor, 'event.create', eventEntity(event.id), null, input);
    return event;
  });
}

async function load(tx: Repositories, id: string): Promise<CommunityEvent> {
  const event = await tx.events.find(id);
  if (!event) throw new NotFoundError(say('errors.events.notFound'));
  return event;
}

function changedFields(before: CommunityEvent, input: EventInput): Partial<EventInput> {
  return Object.fromEntries(Object.entries(input).filter(([k, v]) => before[k as keyof EventInput] !== v)) as Partial<EventInput>;
}

/**
 * Edits an event (coe-admins). A new time re-plans every attendee's reminders; a raised capacity
 * moves people up from the wait list; attendees hear about changes to time, place or link; every
 * announced card shows the new state.
 */
export async function updateEvent(ctx: EventContext, change: ChangeContext, id: string, draft: EventDraft, expectedVersion?: number): Promise<CommunityEvent> {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.update', eventEntity(id));
  const input = checkEventDraft(draft);
  const at = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const before = await load(tx, id);
    if (before.status === 'cancelled') throw new ConflictError(say('errors.events.cancelledCreateNew'));
    if (expectedVersion !== undefined && expectedVersion !== before.version) throw new ConflictError(say('errors.events.changedMeanwhile'));
    const fields = changedFields(before, input);
    if (!Object.keys(fields).length) return before;
    const reschedule = 'startsAt' in fields || 'endsAt' in fields || 'timeZone' in fields;
    const attendees = await tx.events.attendees(id);
    if (reschedule) for (const a of attendees) if (standingOf(a) === 'going') await withdrawAttendeeMessages(tx, ctx, before, a.userId);
    const changes: EventChanges = { ...fields, reschedule };
    if (!(await tx.events.update(id, before.version, changes, at))) throw new ConflictError(say('errors.events.changedMeanwhile'));
    const after = await load(tx, id);
    await audit(tx.audit, { clock: ctx.clock, correlationId: change.correlationId }, change.actor, 'event.update', eventEntity(id), pick(before, fields), fields);

    await promoteFromWaitlist(tx, ctx, after, change.correlationId);
    const counts = await countsOf(tx, after);
    const current = await tx.events.attendees(id);
    if (reschedule) for (const a of current) if (standingOf(a) === 'going') await planAttendeeMessages(tx, ctx, after, counts, a.userId);
    const words = describeChanges(before, after);
    if (words.length) await notifyAttendees(tx, ctx, after, 'changed', `event:${id}:changed:v${after.version}`, { changes: words, changeKinds: changeKinds(before, after) });
    await updateAnnouncedCards(tx, ctx, after, counts);
    return after;
  });
}

/** Cancels an event (coe-admins): reminders are withdrawn, everyone who answered going or maybe is told, cards show it. */
export async function cancelEvent(ctx: EventContext, change: ChangeContext, id: string, reason: string | null): Promise<{ event: CommunityEvent; changed: boolean }> {
  await requireRole(ctx.store, ctx.clock, change.actor, ['coe-admin'], 'event.cancel', eventEntity(id));
  const why = (reason ?? '').trim() || null;
  if (why && why.length > 500) throw new ValidationError(say('errors.checkFields', { fields: 'reason' }), { reason: say('errors.events.reasonTooLong') });
  const at = ctx.clock.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const before = await load(tx, id);
    if (before.status === 'cancelled') return { event: before, changed: false };
    const attendees = await tx.events.attendees(id);
    for (const a of attendees) if (standingOf(a) === 'going') await withdrawAttendeeMessages(tx, ctx, before, a.userId);
    if (!(await tx.events.update(id, before.version, { status: 'cancelled', cancelledAt: at, cancelReason: why, reschedule: true }, at)))
      throw new ConflictError(say('errors.events.changedMeanwhile'));
    const after = await load(tx, id);
    await audit(tx.audit, { clock: ctx.clock, correlationId: change.correlationId }, change.actor, 'event.cancel', eventEntity(id), { status: before.status }, { status: 'cancelled', reason: why });
    await notifyAttendees(tx, ctx, after, 'cancelled', `event:${id}:cancelled`, {});
    await updateAnnouncedCards(tx, ctx, after, await countsOf(tx, after));
    return { event: after, changed: true };
  });
}

/** Tells everyone who is going, waiting or maybe coming (not those who declined) in their personal chat. */
async function notifyAttendees(tx: Repositories, ctx: EventContext, event: CommunityEvent, kind: 'changed' | 'cancelled', batchId: string, extra: Pick<EventMessagePayload, 'changes' | 'changeKinds'>): Promise<number> {
  const counts = await countsOf(tx, event);
  const attendees = (await tx.events.attendees(event.id)).filter((a) => a.response !== 'not-going');
  if (!attendees.length) return 0;
  // Everyone who answered gets the inbox item, with or without a chat with the bot.
  await tx.inbox.add(ctx.clock.now().toISOString(), ...attendees.map((a) => eventChanged(event, a.userId, kind, batchId, { words: extra.changes ?? [], kinds: extra.changeKinds ?? [] })));
  await openBatch(tx, { id: batchId, kind: `event-${kind}`, title: `${kind === 'changed' ? 'Changed' : 'Cancelled'}: ${event.title}`, createdBy: null });
  let sent = 0;
  for (const a of attendees) {
    const chat = await tx.conversations.findPersonal(a.userId);
    if (!chat?.installed) continue;
    const payload = payloadOf(ctx, event, counts, { ...extra, standing: standingOf(a) });
    // Essential: it changes something the person signed up for.
    await enqueue(tx, personalMessage(EVENT_TEMPLATES[kind], `${batchId}:${a.userId}`, payload, chat.id, a.userId, { essential: true, batchId }));
    sent++;
  }
  return sent;
}

function pick(event: CommunityEvent, fields: Partial<EventInput>): Partial<EventInput> {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, event[k as keyof EventInput]])) as Partial<EventInput>;
}
