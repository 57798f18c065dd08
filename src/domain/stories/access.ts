import { audit } from '../audit/audit.js';
import type { UserChange } from '../identity/types.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import { storyEntity, type StoryContext } from './context.js';
import { isModerator } from './moderation.js';
import type { Story } from './types.js';
import { say } from '../shared/error-text.js';

/**
 * Loads a story for a change only its author (or, with `moderatorsToo`, a champion or admin) may
 * make. Runs outside any transaction so a refusal's audit record is kept: the author of a story
 * never changes, so checking first and changing later is safe.
 */
export async function loadForAuthor(env: StoryContext, ctx: UserChange, id: string, action: string, moderatorsToo = false): Promise<Story> {
  const story = await env.store.repos.stories.find(id);
  if (!story || story.status === 'deleted') throw new NotFoundError(say('errors.stories.gone'));
  const principal = ctx.actor.principal;
  if (story.authorId === principal.user.id || (moderatorsToo && isModerator(principal))) return story;
  await audit(env.store.repos.audit, { clock: env.clock, correlationId: ctx.correlationId }, ctx.actor, `${action}.denied`, storyEntity(id), null, { authorId: story.authorId, roles: principal.roles });
  // A story this person may not even see is "not found" to them: refusing it would confirm it exists.
  if (!canSee(story, principal)) throw new NotFoundError(say('errors.stories.gone'));
  throw new ForbiddenError(say(moderatorsToo ? 'errors.stories.onlyAuthorOrModerators' : 'errors.stories.onlyAuthor'));
}

/** Whether `viewer` may see the story at all: published ones are public, others only to their author and the moderators. */
export function canSee(story: Story, viewer: UserChange['actor']['principal']): boolean {
  if (story.status === 'deleted') return false;
  return story.status === 'published' || story.authorId === viewer.user.id || isModerator(viewer);
}
