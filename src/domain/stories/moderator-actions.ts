import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { UserChange } from '../identity/types.js';
import type { StoryNote } from './notifications.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import { storyEntity, type StoryContext } from './context.js';
import { storyCannotMove } from './moderation.js';
import { load, transition } from './transition.js';
import type { ModerationDecision, Story } from './types.js';
import { say, type Move } from '../shared/error-text.js';

/** Longest note a moderator can leave for the author. */
export const MAX_MODERATION_COMMENT = 1000;

const ACTIONS: Record<ModerationDecision, { action: string; what: Move; to: Story['status'] }> = {
  approve: { action: 'story.approve', what: 'approved', to: 'published' },
  'request-changes': { action: 'story.request-changes', what: 'sentBack', to: 'changes-requested' },
  decline: { action: 'story.decline', what: 'declined', to: 'declined' },
};

/**
 * A champion's or admin's decision on a story in the queue. Asking for changes needs a comment
 * (the author must know what to change); nobody reviews their own story.
 */
export async function moderate(env: StoryContext, ctx: UserChange, id: string, decision: ModerationDecision, comment?: string | null, expectedVersion?: number): Promise<Story> {
  const spec = ACTIONS[decision];
  await requireRole(env.store, env.clock, ctx.actor, ['champion', 'coe-admin'], spec.action, storyEntity(id));
  const note = (comment ?? '').trim() || null;
  if (decision === 'request-changes' && !note) throw new ValidationError(say('errors.stories.tellAuthor'), { comment: say('errors.stories.tellAuthor') });
  if (note && note.length > MAX_MODERATION_COMMENT) throw new ValidationError(say('errors.stories.commentTooLong', { max: MAX_MODERATION_COMMENT }), { comment: say('errors.stories.commentTooLongField', { max: MAX_MODERATION_COMMENT }) });
  const me = ctx.actor.principal.user;
  const found = await env.store.repos.stories.find(id);
  if (!found || found.status === 'deleted') throw new NotFoundError(say('errors.stories.gone'));
  if (found.authorId === me.id) {
    await audit(env.store.repos.audit, { clock: env.clock, correlationId: ctx.correlationId }, ctx.actor, `${spec.action}.denied`, storyEntity(id), null, { reason: 'own story' });
    throw new ForbiddenError(say('errors.stories.ownReview'));
  }
  return env.store.transaction(async (tx) => {
    const story = await load(tx, id);
    // Only the queue is moderated: a second click, or a decision on a story decided meanwhile, is refused.
    if (story.status !== 'pending') throw new ConflictError(storyCannotMove(spec.what, story.status));
    // A decision made on an old card (the story was edited since) is refused: the moderator must see what they approve.
    if (expectedVersion !== undefined && story.status === 'pending' && expectedVersion !== story.version)
      throw new ConflictError(say('errors.stories.changedByAuthor'));
    const name = me.displayName;
    const told: StoryNote = { kind: decision === 'approve' ? 'published' : decision === 'decline' ? 'declined' : 'changes', name };
    return transition(tx, env, ctx, story, {
      to: spec.to,
      changes: { moderationComment: note, moderatedBy: me.id, moderatedAt: env.clock.now().toISOString() },
      action: spec.action,
      what: spec.what,
      note: told,
      comment: note,
    });
  });
}
