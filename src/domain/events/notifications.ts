import type { OutboundMessage } from '../delivery/types.js';
import type { EventLinks } from './context.js';
import type { RsvpStanding } from './rsvp-rules.js';
import { EVENT_TYPE_LABELS, type CommunityEvent, type EventCounts } from './types.js';

/** Delivery templates this capability renders (bot/delivery/templates.ts maps them to cards). */
export const EVENT_TEMPLATES = {
  /** The channel card: details, live counts, RSVP buttons; updated in place. */
  announcement: 'events.announcement',
  /** A personal reminder before the event. */
  reminder: 'events.reminder',
  /** Time, place or link changed. */
  changed: 'events.changed',
  cancelled: 'events.cancelled',
  /** A seat opened and the person moved from the wait list to going. */
  promoted: 'events.promoted',
  /** After the event: rate it 1–5 and comment. */
  feedback: 'events.feedback',
} as const;

/** Everything a card needs to show an event, links included; plain JSON so it sits in the outbox. */
export interface EventView {
  id: string;
  title: string;
  description: string;
  type: CommunityEvent['type'];
  typeLabel: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  meetingUrl: string | null;
  location: string | null;
  capacity: number | null;
  audienceNote: string | null;
  status: CommunityEvent['status'];
  cancelReason: string | null;
  version: number;
  pageUrl: string;
  calendarUrl: string;
}

/** The payload of every event template. */
export interface EventMessagePayload {
  event: EventView;
  counts: EventCounts;
  /** Reminder: "tomorrow", "in 15 minutes". */
  lead?: string;
  /** Reminder: the lead time itself, so the card names it in the reader's language (older payloads: `lead` only). */
  leadIn?: { amount: number; unit: 'd' | 'h' | 'm' };
  /** Changed: what changed, in words ("The time changed"). */
  changes?: string[];
  /** Changed: what changed, as kinds the card words in the reader's language (older payloads: `changes` only). */
  changeKinds?: EventChangeKind[];
  /** The recipient's own answer, for personal messages. */
  standing?: RsvpStanding | null;
  [key: string]: unknown;
}

export function eventView(event: CommunityEvent, links: EventLinks): EventView {
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    type: event.type,
    typeLabel: EVENT_TYPE_LABELS[event.type],
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    meetingUrl: event.meetingUrl,
    location: event.location,
    capacity: event.capacity,
    audienceNote: event.audienceNote,
    status: event.status,
    cancelReason: event.cancelReason,
    version: event.version,
    pageUrl: links.page(event.id),
    calendarUrl: links.calendar(event.id),
  };
}

/** The outbox key of the card posted to a channel; later updates target it. */
export const announcementKey = (eventId: string, conversationId: string) => `event:${eventId}:card:${conversationId}`;
export const reminderBatchId = (e: CommunityEvent, label: string) => `event:${e.id}:reminder:${label}:s${e.scheduleVersion}`;
export const reminderKey = (e: CommunityEvent, label: string, userId: string) => `${reminderBatchId(e, label)}:${userId}`;
export const feedbackBatchId = (e: CommunityEvent) => `event:${e.id}:feedback:s${e.scheduleVersion}`;
export const feedbackKey = (e: CommunityEvent, userId: string) => `${feedbackBatchId(e)}:${userId}`;
export const announceBatchId = (e: CommunityEvent, at: string) => `event:${e.id}:announce:${at}`;

/** Posts the event card to a channel (non-essential: an announcement). */
export function announcementPost(payload: EventMessagePayload, conversationId: string, batchId: string): OutboundMessage {
  return {
    idempotencyKey: announcementKey(payload.event.id, conversationId),
    operation: 'send',
    conversationId,
    template: EVENT_TEMPLATES.announcement,
    payload,
    essential: false,
    batchId,
  };
}

/** Replaces a posted card with the current state; keyed by both versions so each change updates once. */
export function announcementUpdate(payload: EventMessagePayload, event: CommunityEvent, conversationId: string): OutboundMessage {
  const target = announcementKey(event.id, conversationId);
  return {
    idempotencyKey: `${target}:v${event.version}.r${event.rsvpVersion}`,
    operation: 'update',
    targetKey: target,
    conversationId,
    template: EVENT_TEMPLATES.announcement,
    payload,
    // The card already sits in the channel; keeping it true is not a notification to anyone.
    essential: true,
  };
}

/** A personal message to an attendee about the event. */
export function personalMessage(
  template: (typeof EVENT_TEMPLATES)[keyof typeof EVENT_TEMPLATES],
  key: string,
  payload: EventMessagePayload,
  conversationId: string,
  userId: string,
  options: { essential: boolean; batchId?: string | null; notBefore?: string | null },
): OutboundMessage {
  return {
    idempotencyKey: key,
    operation: 'send',
    conversationId,
    template,
    payload,
    essential: options.essential,
    recipientUserId: userId,
    batchId: options.batchId ?? null,
    notBefore: options.notBefore ?? null,
  };
}

export const EVENT_CHANGE_KINDS = ['time', 'meetingLink', 'location', 'title'] as const;
export type EventChangeKind = (typeof EVENT_CHANGE_KINDS)[number];

/** What changed between two versions of an event that attendees rely on; empty when nothing did. */
export function changeKinds(before: CommunityEvent, after: CommunityEvent): EventChangeKind[] {
  const kinds: EventChangeKind[] = [];
  if (before.startsAt !== after.startsAt || before.endsAt !== after.endsAt || before.timeZone !== after.timeZone) kinds.push('time');
  if (before.meetingUrl !== after.meetingUrl) kinds.push('meetingLink');
  if (before.location !== after.location) kinds.push('location');
  if (before.title !== after.title) kinds.push('title');
  return kinds;
}

/** The changes in English words (logs, and the payload's `changes` for renderers that predate `changeKinds`). */
export function describeChanges(before: CommunityEvent, after: CommunityEvent): string[] {
  const words: Record<EventChangeKind, string> = { time: 'The time changed.', meetingLink: 'The meeting link changed.', location: 'The location changed.', title: `It is now called "${after.title}".` };
  return changeKinds(before, after).map((kind) => words[kind]);
}
