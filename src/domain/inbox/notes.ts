import type { Ticket } from '../ask/tickets/types.js';
import type { EnvironmentRequest } from '../environments/types.js';
import type { EventChangeKind } from '../events/notifications.js';
import type { CommunityEvent } from '../events/types.js';
import type { Story } from '../stories/types.js';
import type { InboxNote } from './types.js';

/**
 * The inbox items each change leaves for the person it concerns. Titles name the person's own
 * things (their question, request, story) or public ones (an event), never the person who acted:
 * an item holds no one else's name or id, so it belongs to its owner alone.
 */
const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function questionAnswered(t: Ticket): InboxNote {
  return {
    userId: t.askerId,
    kind: 'question-answered',
    dedupeKey: `ticket:${t.id}:answered:v${t.version}`,
    title: 'An expert answered your question',
    body: clip(t.question),
    values: {},
    link: '/ask?view=mine',
    entity: { type: 'ticket', id: t.id },
  };
}

export function ticketAssigned(t: Ticket, assigneeId: string): InboxNote {
  return { userId: assigneeId, kind: 'ticket-assigned', dedupeKey: `ticket:${t.id}:assigned:v${t.version}`, title: `Ticket ${t.number} was assigned to you`, body: null, values: { number: t.number }, link: '/ask?view=all', entity: { type: 'ticket', id: t.id } };
}

/** The expert who answered (or holds) a ticket learns that the maker replied and the ticket is open again. */
export function ticketReplied(t: Ticket, expertId: string): InboxNote {
  return { userId: expertId, kind: 'ticket-reply', dedupeKey: `ticket:${t.id}:reply:v${t.version}`, title: `Ticket ${t.number}: the maker replied to your answer`, body: t.makerReply ? clip(t.makerReply) : null, values: { number: t.number }, link: '/ask?view=all', entity: { type: 'ticket', id: t.id } };
}

const ENVIRONMENT: Partial<Record<EnvironmentRequest['status'], { kind: InboxNote['kind']; title: (name: string) => string }>> = {
  provisioned: { kind: 'environment-ready', title: (n) => `Your environment ${n} is ready` },
  rejected: { kind: 'environment-rejected', title: (n) => `Your environment request ${n} was rejected` },
  failed: { kind: 'environment-failed', title: (n) => `Your environment ${n} could not be created` },
};

/** The requester's item when their request reached an outcome they wait for; null for other moves. */
export function environmentOutcome(r: EnvironmentRequest): InboxNote | null {
  const spec = ENVIRONMENT[r.status];
  if (!spec) return null;
  const body = r.status === 'provisioned' ? r.environmentUrl : r.status === 'rejected' ? r.decisionComment : r.failureReason;
  return {
    userId: r.requesterId,
    kind: spec.kind,
    dedupeKey: `environment:${r.id}:${r.status}:v${r.version}`,
    title: spec.title(r.displayName),
    body: body ? clip(body, 300) : null,
    values: { name: r.displayName },
    link: '/requests',
    entity: { type: 'environment-request', id: r.id },
  };
}

export function storyPublished(s: Story): InboxNote {
  return { userId: s.authorId, kind: 'story-published', dedupeKey: `story:${s.id}:published`, title: `Your story "${clip(s.title, 80)}" was published`, body: null, values: { title: clip(s.title, 80) }, link: `/stories/${s.id}`, entity: { type: 'story', id: s.id } };
}

/** Keyed by the count reached: giving, taking back and giving again is one item, not three. */
export function storyKudos(s: Story, count: number): InboxNote {
  return {
    userId: s.authorId,
    kind: 'story-kudos',
    dedupeKey: `story:${s.id}:kudos:${count}`,
    title: `Your story "${clip(s.title, 80)}" got kudos`,
    body: `${count} kudos so far.`,
    values: { title: clip(s.title, 80), count },
    link: `/stories/${s.id}`,
    entity: { type: 'story', id: s.id },
  };
}

/** `changes` in English words for the stored body; `kinds` are what the tab words in its reader's language. */
export function eventChanged(e: CommunityEvent, userId: string, kind: 'changed' | 'cancelled', batchId: string, changes: { words: readonly string[]; kinds: readonly EventChangeKind[] }): InboxNote {
  const cancelled = kind === 'cancelled';
  return {
    userId,
    kind: cancelled ? 'event-cancelled' : 'event-changed',
    dedupeKey: batchId,
    title: cancelled ? `Cancelled: ${clip(e.title, 100)}` : `Changed: ${clip(e.title, 100)}`,
    body: cancelled ? (e.cancelReason ? clip(e.cancelReason, 300) : null) : changes.words.join(' ') || null,
    values: cancelled ? { title: clip(e.title, 100) } : { title: clip(e.title, 100), changes: changes.kinds },
    link: `/events/${e.id}`,
    entity: { type: 'event', id: e.id },
  };
}
