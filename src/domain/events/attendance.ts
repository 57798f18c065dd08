import { audit } from '../audit/audit.js';
import type { Repositories } from '../store.js';
import { eventEntity, type EventContext } from './context.js';
import { announcementUpdate, EVENT_TEMPLATES, personalMessage } from './notifications.js';
import { enqueue, payloadOf, planAttendeeMessages } from './outbox.js';
import { freeSeats, waitlistOrder } from './rsvp-rules.js';
import type { CommunityEvent, EventCounts } from './types.js';

const WAITLIST = { kind: 'system' as const, name: 'event-waitlist' };

/** The counts of one event (zeros when nobody answered yet). */
export async function countsOf(tx: Repositories, event: CommunityEvent): Promise<EventCounts> {
  return (await tx.events.counts([event.id])).get(event.id) ?? { going: 0, waitlisted: 0, maybe: 0, notGoing: 0, capacity: event.capacity, spotsLeft: event.capacity };
}

/**
 * Moves people from the wait list to going while seats are free, first come first served: each is
 * told, gets their reminders planned, and the move is audited. Returns who moved up.
 */
export async function promoteFromWaitlist(tx: Repositories, ctx: EventContext, event: CommunityEvent, correlationId?: string | null): Promise<string[]> {
  if (event.status !== 'scheduled') return [];
  const attendees = await tx.events.attendees(event.id);
  const confirmed = attendees.filter((a) => a.response === 'going' && !a.waitlisted).length;
  const line = waitlistOrder(attendees);
  const seats = freeSeats(event.capacity, confirmed, line.length);
  const promoted = line.slice(0, seats);
  const at = ctx.clock.now().toISOString();
  for (const person of promoted) {
    await tx.events.upsertRsvp({ eventId: event.id, userId: person.userId, response: 'going', waitlisted: false, goingSince: person.goingSince, at });
    await audit(tx.audit, { clock: ctx.clock, correlationId }, WAITLIST, 'event.rsvp.promote', eventEntity(event.id), { userId: person.userId, standing: 'waitlisted' }, { userId: person.userId, standing: 'going' });
  }
  if (!promoted.length) return [];
  const counts = await countsOf(tx, event);
  for (const person of promoted) {
    await planAttendeeMessages(tx, ctx, event, counts, person.userId);
    const chat = await tx.conversations.findPersonal(person.userId);
    if (!chat?.installed) continue;
    const key = `event:${event.id}:promoted:${person.userId}:r${event.rsvpVersion}`;
    // Essential: it is about the person's own RSVP, which they asked for.
    await enqueue(tx, personalMessage(EVENT_TEMPLATES.promoted, key, payloadOf(ctx, event, counts, { standing: 'going' }), chat.id, person.userId, { essential: true }));
  }
  return promoted.map((p) => p.userId);
}

/** Queues an in-place update of every card announcing the event, so every channel shows the current state. */
export async function updateAnnouncedCards(tx: Repositories, ctx: EventContext, event: CommunityEvent, counts: EventCounts): Promise<number> {
  const announcements = await tx.events.announcements(event.id);
  for (const a of announcements) await enqueue(tx, announcementUpdate(payloadOf(ctx, event, counts), event, a.conversationId));
  return announcements.length;
}
