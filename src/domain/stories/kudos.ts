import { audit } from '../audit/audit.js';
import type { UserChange } from '../identity/types.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import { canSee } from './access.js';
import { storyEntity, storyLinks, type StoryContext } from './context.js';
import { kudosMessage, showcaseUpdate, type StoryNote } from './notifications.js';
import { storyKudos } from '../inbox/notes.js';
import { load } from './transition.js';
import type { Story } from './types.js';
import type { Repositories } from '../store.js';
import { say } from '../shared/error-text.js';

/** What a kudos press leaves behind: the story with its new count, and where the person stands. */
export interface KudosResult {
  story: Story;
  /** Whether the person's kudos stands after the toggle. */
  given: boolean;
  /** Who gave kudos, by name, after the toggle. */
  kudosFrom: string[];
}

/** Kudos celebrate someone else's work; the author's own would only inflate the count. */
export const OWN_STORY_KUDOS = say('errors.stories.ownKudos');

/**
 * Gives kudos, or takes it back when the person already gave it: one per person. Every posted
 * showcase card is updated with the new count, in the same transaction as the count itself.
 */
export async function toggleKudos(env: StoryContext, ctx: UserChange, id: string): Promise<KudosResult> {
  const userId = ctx.actor.principal.user.id;
  return env.store.transaction(async (tx) => {
    const current = await load(tx, id);
    // Someone who may not see the story (not published yet, not theirs) learns nothing of it, not even its state.
    if (!canSee(current, ctx.actor.principal)) throw new NotFoundError(say('errors.stories.notPublished'));
    if (current.status !== 'published') throw new ConflictError(say('errors.stories.kudosPublishedOnly'));
    if (current.authorId === userId) throw new ForbiddenError(OWN_STORY_KUDOS);
    const had = (await tx.stories.kudosGivenBy(userId, [id])).has(id);
    const { count } = await tx.stories.setKudos(id, userId, !had, env.clock.now().toISOString());
    const story = await load(tx, id);
    const kudosFrom = (await tx.stories.kudosGivers([id])).get(id) ?? [];
    const giver = ctx.actor.principal.user.displayName;
    if (!had) await tellAuthor(env, tx, story, count, giver, userId);
    const note: StoryNote = had ? { kind: 'kudosTakenBack' } : { kind: 'kudos', name: giver };
    for (const post of story.showcasePosts) await tx.outbox.enqueue(showcaseUpdate(story, post, note, storyLinks(env, story), true, kudosFrom));
    await audit(tx.audit, { clock: env.clock, correlationId: ctx.correlationId }, ctx.actor, 'story.kudos', storyEntity(id), { given: had, kudosCount: current.kudosCount }, { given: !had, kudosCount: count });
    return { story, given: !had, kudosFrom };
  });
}

/**
 * The author hears of new kudos in their inbox and, when they chat with the bot, in a message —
 * once per giver, so taking kudos back and giving it again does not ping them twice.
 */
async function tellAuthor(env: StoryContext, tx: Repositories, story: Story, count: number, giver: string, giverId: string): Promise<void> {
  await tx.inbox.add(env.clock.now().toISOString(), storyKudos(story, count));
  const chat = await tx.conversations.findPersonal(story.authorId);
  if (chat?.installed) await tx.outbox.enqueue(kudosMessage(story, chat.id, giver, giverId, storyLinks(env, story)));
}
