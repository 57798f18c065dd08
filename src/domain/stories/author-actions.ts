import type { UserChange } from '../identity/types.js';
import { ConflictError, ValidationError } from '../shared/errors.js';
import { loadForAuthor } from './access.js';
import type { StoryContext } from './context.js';
import { statusOnEdit } from './moderation.js';
import { DRAFT_NEEDS_WORK } from './submission.js';
import { load, transition } from './transition.js';
import type { Story, StoryInput } from './types.js';
import { checkImageChoice } from './images.js';
import { checkStoryDraft, type StoryDraft } from './validation.js';
import { say } from '../shared/error-text.js';

const STALE = say('errors.stories.stale');

function sameContent(story: Story, input: StoryInput): boolean {
  return (Object.keys(input) as Array<keyof StoryInput>).every((k) => JSON.stringify(story[k]) === JSON.stringify(input[k]));
}

/**
 * The author edits their story. A published story stays published (its channel cards update); a
 * story sent back for changes goes back to the queue (or straight out for a champion). Saving
 * from a form opened before someone else's change is refused, so nobody overwrites what they never saw.
 */
export async function update(env: StoryContext, ctx: UserChange, id: string, draft: StoryDraft, expectedVersion?: number): Promise<Story> {
  const before = await loadForAuthor(env, ctx, id, 'story.update');
  const verdict = checkStoryDraft(draft, env.settings.currencies, env.settings.imageHosts);
  if (!verdict.input) throw new ValidationError(DRAFT_NEEDS_WORK, verdict.texts);
  const author = ctx.actor.principal;
  // A form without the picture field (the bot's card) keeps the uploaded picture; an address replaces it.
  const keep = draft.imageId === undefined && !verdict.input.imageUrl;
  const input = keep ? { ...verdict.input, imageId: before.imageId } : verdict.input;
  const imageProblem = await checkImageChoice(env, author, input.imageId, before.imageId);
  if (imageProblem) throw new ValidationError(DRAFT_NEEDS_WORK, { imageId: imageProblem });
  return env.store.transaction(async (tx) => {
    const story = await load(tx, id);
    if (expectedVersion !== undefined && expectedVersion !== story.version) throw new ConflictError(STALE);
    const to = statusOnEdit(story, author, env.settings.moderatorsPublishDirectly);
    if (to === story.status && sameContent(story, input)) return story;
    const resubmitted = story.status === 'changes-requested';
    return transition(tx, env, ctx, story, {
      to,
      changes: input,
      action: resubmitted ? 'story.resubmit' : 'story.update',
      what: 'edited',
      note: { kind: resubmitted ? 'resubmitted' : 'edited', name: author.user.displayName },
    });
  });
}

/**
 * Deletes a story: its author, or a champion or admin taking it down. The row stays (the audit
 * trail and the KPI history refer to it) but nobody sees it; its channel cards say it was removed.
 */
export async function remove(env: StoryContext, ctx: UserChange, id: string, reason?: string | null): Promise<Story> {
  const found = await loadForAuthor(env, ctx, id, 'story.delete', true);
  const me = ctx.actor.principal.user;
  const byAuthor = found.authorId === me.id;
  return env.store.transaction(async (tx) => {
    const story = await load(tx, id);
    return transition(tx, env, ctx, story, {
      to: 'deleted',
      action: 'story.delete',
      what: 'deleted',
      note: byAuthor ? { kind: 'removedByAuthor' } : { kind: 'removed', name: me.displayName },
      comment: reason?.trim() || null,
    });
  });
}
