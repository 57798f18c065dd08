import type { DeliveryBatchInput, OutboundMessage } from '../delivery/types.js';
import type { Repositories } from '../store.js';
import type { EventContext } from './context.js';
import { describeOffset, reminderInstant } from './reminders.js';
import {
  EVENT_TEMPLATES,
  eventView,
  feedbackBatchId,
  feedbackKey,
  personalMessage,
  reminderBatchId,
  reminderKey,
  type EventMessagePayload,
} from './notifications.js';
import type { CommunityEvent, EventCounts } from './types.js';

/** Queues a message in the caller's transaction (it commits, or vanishes, with the change). */
export async function enqueue(tx: Repositories, message: OutboundMessage): Promise<void> {
  await tx.outbox.enqueue(message);
}

/** Opens a delivery batch (a no-op when it exists), so a run of messages gets one delivery report. */
export async function openBatch(tx: Repositories, batch: DeliveryBatchInput): Promise<void> {
  await tx.outbox.createBatch(batch);
}

/** Withdraws a queued message that no longer applies (someone stopped going); a sent one stays sent. */
export async function withdraw(tx: Repositories, idempotencyKey: string): Promise<void> {
  await tx.outbox.cancel(idempotencyKey);
}

/** The payload every event message carries. */
export function payloadOf(ctx: EventContext, event: CommunityEvent, counts: EventCounts, extra: Partial<EventMessagePayload> = {}): EventMessagePayload {
  return { event: eventView(event, ctx.links), counts, ...extra };
}

/**
 * Schedules what a confirmed attendee gets: a reminder per configured offset still in the future,
 * and the feedback prompt after the event. Keys carry the schedule version, so a rescheduled event
 * plans afresh and the old ones are withdrawn.
 */
export async function planAttendeeMessages(tx: Repositories, ctx: EventContext, event: CommunityEvent, counts: EventCounts, userId: string): Promise<number> {
  const chat = await tx.conversations.findPersonal(userId);
  // Someone who only ever used the tab has no chat with the bot to be reminded in.
  if (!chat?.installed || event.status !== 'scheduled') return 0;
  const now = ctx.clock.now().getTime();
  let planned = 0;
  for (const offset of ctx.settings.reminders) {
    const due = reminderInstant(new Date(event.startsAt), event.timeZone, offset);
    if (due.getTime() <= now) continue;
    const batchId = reminderBatchId(event, offset.label);
    await openBatch(tx, { id: batchId, kind: 'event-reminder', title: `Reminder (${offset.label}): ${event.title}`, createdBy: null });
    const payload = payloadOf(ctx, event, counts, { lead: describeOffset(offset), leadIn: { amount: offset.amount, unit: offset.unit }, standing: 'going' });
    await enqueue(tx, personalMessage(EVENT_TEMPLATES.reminder, reminderKey(event, offset.label, userId), payload, chat.id, userId, { essential: false, batchId, notBefore: due.toISOString() }));
    planned++;
  }
  if (ctx.settings.feedbackDelayMinutes !== null) {
    const due = new Date(new Date(event.endsAt).getTime() + ctx.settings.feedbackDelayMinutes * 60_000);
    const batchId = feedbackBatchId(event);
    await openBatch(tx, { id: batchId, kind: 'event-feedback', title: `Feedback: ${event.title}`, createdBy: null });
    await enqueue(tx, personalMessage(EVENT_TEMPLATES.feedback, feedbackKey(event, userId), payloadOf(ctx, event, counts), chat.id, userId, { essential: false, batchId, notBefore: due.toISOString() }));
    planned++;
  }
  return planned;
}

/** Withdraws the reminders and feedback prompt planned for one attendee under the event's current schedule. */
export async function withdrawAttendeeMessages(tx: Repositories, ctx: EventContext, event: CommunityEvent, userId: string): Promise<void> {
  for (const offset of ctx.settings.reminders) await withdraw(tx, reminderKey(event, offset.label, userId));
  await withdraw(tx, feedbackKey(event, userId));
}
