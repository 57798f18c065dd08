import { audit } from '../audit/audit.js';
import type { UserChange } from '../identity/types.js';
import { newId } from '../shared/ids.js';
import { ValidationError } from '../shared/errors.js';
import { storyEntity, type StoryContext } from './context.js';
import { statusOnSubmit } from './moderation.js';
import { announce } from './transition.js';
import type { Story } from './types.js';
import { checkImageChoice } from './images.js';
import { checkStoryDraft, type StoryDraft } from './validation.js';
import { say } from '../shared/error-text.js';

/** The story a submission made (or had made before). */
export interface SubmitResult {
  story: Story;
  /** False when this submission was already received (double click, retry, a dialog sent twice). */
  created: boolean;
}

/** The message a rejected draft carries; its `fields` say what to fix, next to each field. */
export const DRAFT_NEEDS_WORK = say('errors.stories.checkAnswers');

/**
 * Submits a story. `submissionKey` identifies the form instance, so the same form sent twice is
 * one story. Invalid drafts throw a ValidationError whose `fields` say what to fix.
 */
export async function submit(env: StoryContext, ctx: UserChange, draft: StoryDraft, submissionKey: string): Promise<SubmitResult> {
  const author = ctx.actor.principal;
  const verdict = checkStoryDraft(draft, env.settings.currencies, env.settings.imageHosts);
  // Outside the transaction: a read on another connection inside it would wait on SQLite's one writer.
  const imageProblem = verdict.input ? await checkImageChoice(env, author, verdict.input.imageId) : null;
  return env.store.transaction(async (tx) => {
    const existing = await tx.stories.findBySubmission(author.user.id, submissionKey);
    if (existing) return { story: existing, created: false };
    if (!verdict.input) throw new ValidationError(DRAFT_NEEDS_WORK, verdict.texts);
    if (imageProblem) throw new ValidationError(DRAFT_NEEDS_WORK, { imageId: imageProblem });
    const status = statusOnSubmit(author, env.settings.moderatorsPublishDirectly);
    const now = env.clock.now().toISOString();
    const { story, created } = await tx.stories.insertOnce({ ...verdict.input, id: newId(), authorId: author.user.id, submissionKey, status, publishedAt: status === 'published' ? now : null, createdAt: now });
    if (!created) return { story, created };
    await tx.activity.record({ kind: 'story-submitted', entityId: story.id, userId: author.user.id, at: now });
    const announced = await announce(tx, env, ctx, null, story, { kind: status === 'published' ? 'published' : 'submitted', name: author.user.displayName });
    await audit(tx.audit, { clock: env.clock, correlationId: ctx.correlationId }, ctx.actor, 'story.submit', storyEntity(story.id), null, { status, ...verdict.input });
    return { story: announced, created };
  });
}
