import { audit } from '../audit/audit.js';
import type { ChangeContext } from '../identity/types.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { Repositories } from '../store.js';
import { storyEntity, storyLinks, type StoryContext } from './context.js';
import { assertMove } from './moderation.js';
import { storyPublished } from '../inbox/notes.js';
import { authorMessage, reviewKey, reviewPost, reviewUpdate, showcaseKey, showcasePost, showcaseUpdate, type StoryNote } from './notifications.js';
import type { StoryChanges } from './repository.js';
import type { Story, StoryStatus } from './types.js';
import { say, type Move } from '../shared/error-text.js';

/** What a change of a story is: where it goes, what it writes, and how it is audited and told. */
export interface TransitionSpec {
  to: StoryStatus;
  changes?: StoryChanges;
  /** Audit action, e.g. "story.approve". */
  action: string;
  /** Words for a refusal: "This story can't be <what> any more". */
  what: Move;
  /** Told to the author and shown on the review card, e.g. "Published by Ada Admin". */
  note: StoryNote;
  comment?: string | null;
}

/** Loads a story inside a transaction, or says it does not exist. */
export async function load(tx: Repositories, id: string): Promise<Story> {
  const story = await tx.stories.find(id);
  if (!story || story.status === 'deleted') throw new NotFoundError(say('errors.stories.gone'));
  return story;
}

/** Writes changes to a story already loaded in `tx`, refusing a concurrent change; returns it reloaded. */
export async function record(tx: Repositories, env: StoryContext, story: Story, changes: StoryChanges): Promise<Story> {
  if (!(await tx.stories.update(story.id, story.version, changes, env.clock.now().toISOString())))
    throw new ConflictError(say('errors.stories.changedMeanwhile'));
  const updated = await tx.stories.find(story.id);
  if (!updated) throw new Error('story vanished inside its transaction');
  return updated;
}

/**
 * The one way a story changes state or content: checks the move, writes it, queues what the
 * channels and the author must see, and audits it — all in `tx`, so they commit together or not at all.
 */
export async function transition(tx: Repositories, env: StoryContext, ctx: ChangeContext, current: Story, spec: TransitionSpec): Promise<Story> {
  assertMove(current.status, spec.to, spec.what);
  const changes: StoryChanges = { ...spec.changes, status: spec.to };
  if (spec.to === 'published' && !current.publishedAt) changes.publishedAt = env.clock.now().toISOString();
  const updated = await announce(tx, env, ctx, current, await record(tx, env, current, changes), spec.note);
  await audit(
    tx.audit,
    { clock: env.clock, correlationId: ctx.correlationId },
    ctx.actor,
    spec.action,
    storyEntity(current.id),
    { status: current.status, ...pick(current, changes) },
    { status: updated.status, ...pick(updated, changes), ...(spec.comment ? { comment: spec.comment } : {}) },
  );
  return updated;
}

/** The audited fields of a change: what the person changed, not the bookkeeping. */
function pick(story: Story, changes: StoryChanges): Record<string, unknown> {
  const skip = new Set(['status', 'showcasePosts', 'reviewCard', 'moderatedAt', 'publishedAt']);
  return Object.fromEntries(Object.keys(changes).filter((k) => !skip.has(k)).map((k) => [k, story[k as keyof Story]]));
}

/**
 * Queues what people must see after a story changed from `before` (null: just submitted) to
 * `story`: the showcase posts, the review card and a note to the author. Returns the story with
 * any newly posted cards recorded.
 */
export async function announce(tx: Repositories, env: StoryContext, ctx: ChangeContext, before: Story | null, story: Story, note: StoryNote): Promise<Story> {
  let s = story;
  const newlyPublished = s.status === 'published' && before?.status !== 'published';
  if (newlyPublished && !s.showcasePosts.length && env.settings.showcaseConversationIds.length) {
    const posts = env.settings.showcaseConversationIds.map((conversationId) => ({ conversationId, key: showcaseKey(s.id, conversationId) }));
    s = await record(tx, env, s, { showcasePosts: posts });
    for (const post of s.showcasePosts) await tx.outbox.enqueue(showcasePost(s, post, note, storyLinks(env, s)));
  } else if (s.status === 'published' || s.status === 'deleted') {
    // An edit, a re-publication, or the removal notice replacing the post.
    for (const post of s.showcasePosts) await tx.outbox.enqueue(showcaseUpdate(s, post, note, storyLinks(env, s)));
  }

  const channel = env.settings.moderationConversationId;
  if (channel && s.status === 'pending' && before?.status !== 'pending') {
    // A story (back) in the queue gets a fresh card at the bottom of the channel, where moderators look.
    s = await record(tx, env, s, { reviewCard: { conversationId: channel, key: reviewKey(s.id, s.version) } });
    await tx.outbox.enqueue(reviewPost(s, s.reviewCard!, note, storyLinks(env, s)));
  } else if (s.reviewCard) {
    await tx.outbox.enqueue(reviewUpdate(s, s.reviewCard, note, storyLinks(env, s)));
  }

  // The author reads the outcome of their own actions where they acted; others' actions reach them in chat.
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.principal.user.id : null;
  if (newlyPublished && actorId !== s.authorId) await tx.inbox.add(env.clock.now().toISOString(), storyPublished(s));
  if (actorId !== s.authorId && ctx.answeredInChat !== s.authorId && before !== null) {
    const chat = await tx.conversations.findPersonal(s.authorId);
    // An author who only ever used the tab has no chat with the bot: the tab shows the status.
    if (chat?.installed) await tx.outbox.enqueue(authorMessage(s, chat.id, note, storyLinks(env, s)));
  }
  return s;
}
