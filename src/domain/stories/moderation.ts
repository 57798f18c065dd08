import { ConflictError } from '../shared/errors.js';
import type { Principal } from '../identity/types.js';
import { hasRole } from '../identity/types.js';
import type { Story, StoryStatus } from './types.js';
import { move, say, term, type ErrorText, type Move } from '../shared/error-text.js';

/**
 * Every move a story may make. Anything else is a stale card, a double click or a bug, and is
 * refused with a message that says where the story stands now. Moves to the same state are edits
 * (an author fixing a typo while the story waits, or after it is published).
 */
const MOVES: Record<StoryStatus, readonly StoryStatus[]> = {
  pending: ['pending', 'published', 'changes-requested', 'declined', 'deleted'],
  // The author reworks it: back to the queue, or straight out when they may publish themselves.
  'changes-requested': ['pending', 'published', 'deleted'],
  published: ['published', 'deleted'],
  declined: ['deleted'],
  deleted: [],
};

/** Human wording of each state, for cards, the tab and error messages. */
export const STORY_STATUS_LABEL: Record<StoryStatus, string> = {
  pending: 'Waiting for review',
  'changes-requested': 'Changes requested',
  published: 'Published',
  declined: 'Declined',
  deleted: 'Deleted',
};

/** Whether a story in `from` may move to `to`. */
export function canMove(from: StoryStatus, to: StoryStatus): boolean {
  return MOVES[from].includes(to);
}

/** Throws a ConflictError naming the current state when the move is not allowed. */
export function assertMove(from: StoryStatus, to: StoryStatus, what: Move): void {
  if (!canMove(from, to)) throw new ConflictError(storyCannotMove(what, from));
}

/** "This story can't be <what> any more: it is <state>." */
export function storyCannotMove(what: Move, from: StoryStatus): ErrorText {
  return say('errors.stories.cannotMove', { what: move(what), status: term(`errors.stories.state.${from}`) });
}

/** Champions and CoE admins run the moderation queue. */
export function isModerator(principal: Principal): boolean {
  return hasRole(principal, 'champion', 'coe-admin');
}

/**
 * Where a story goes when its author submits it: moderators' stories are published at once unless
 * the CoE wants every story reviewed; everyone else's wait for a champion.
 */
export function statusOnSubmit(author: Principal, moderatorsPublishDirectly: boolean): StoryStatus {
  return moderatorsPublishDirectly && isModerator(author) ? 'published' : 'pending';
}

/** Where an author's edit takes the story: a published story stays published, a returned one goes back for review. */
export function statusOnEdit(story: Story, author: Principal, moderatorsPublishDirectly: boolean): StoryStatus {
  if (story.status === 'changes-requested') return statusOnSubmit(author, moderatorsPublishDirectly);
  return story.status;
}
