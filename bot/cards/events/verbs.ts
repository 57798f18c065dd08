/**
 * Action.Execute verbs of the event cards, shared by the card builders and the handlers so a typo
 * cannot split them; the `events.` prefix keeps them apart from other capabilities.
 */
export const EVENT_VERBS = {
  /** Going / maybe / can't go (data: eventId, response). */
  rsvp: 'events.rsvp',
  /** Automatic refresh of an event card: each reader sees their own answer and the live counts. */
  refresh: 'events.refresh',
  /** The feedback card's submit (data: eventId; inputs: rating, comment). */
  feedback: 'events.feedback',
  /** An admin posts an event's card in this channel (data: eventId). */
  announceHere: 'events.announce-here',
} as const;
