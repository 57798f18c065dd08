import type { RsvpWrite } from './repository.js';
import type { CommunityEvent, Rsvp, RsvpResponse } from './types.js';

/** Where a person stands after answering: a confirmed seat, a place in line, or neither. */
export type RsvpStanding = 'going' | 'waitlisted' | 'maybe' | 'not-going';

export function standingOf(rsvp: Pick<Rsvp, 'response' | 'waitlisted'> | undefined): RsvpStanding | null {
  if (!rsvp) return null;
  if (rsvp.response === 'going') return rsvp.waitlisted ? 'waitlisted' : 'going';
  return rsvp.response;
}

export interface RsvpDecision {
  /** Null when the answer changes nothing (a double click, the same button twice). */
  write: RsvpWrite | null;
  before: RsvpStanding | null;
  after: RsvpStanding;
}

/**
 * Decides what an answer means given the seats already taken. A "going" beyond capacity joins the
 * wait list; answering "going" again keeps one's place in line rather than moving to its end.
 */
export function decideRsvp(event: Pick<CommunityEvent, 'id' | 'capacity'>, userId: string, current: Rsvp | undefined, response: RsvpResponse, confirmed: number, at: string): RsvpDecision {
  const before = standingOf(current);
  if (current && current.response === response) return { write: null, before, after: before! };
  if (response !== 'going') {
    return { write: { eventId: event.id, userId, response, waitlisted: false, goingSince: null, at }, before, after: response };
  }
  const full = event.capacity !== null && confirmed >= event.capacity;
  return { write: { eventId: event.id, userId, response, waitlisted: full, goingSince: at, at }, before, after: full ? 'waitlisted' : 'going' };
}

/** How many seats are free for the wait list (never negative: a lowered capacity demotes nobody). */
export function freeSeats(capacity: number | null, confirmed: number, waiting: number): number {
  if (capacity === null) return waiting;
  return Math.max(0, Math.min(waiting, capacity - confirmed));
}

/** The wait list in the order it is served: who chose "going" first, then a stable tie-break. */
export function waitlistOrder<T extends Pick<Rsvp, 'goingSince' | 'userId' | 'waitlisted' | 'response'>>(rsvps: readonly T[]): T[] {
  return rsvps
    .filter((r) => r.response === 'going' && r.waitlisted)
    .sort((a, b) => (a.goingSince ?? '').localeCompare(b.goingSince ?? '') || a.userId.localeCompare(b.userId));
}
