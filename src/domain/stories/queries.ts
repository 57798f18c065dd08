import { requireRole } from '../identity/authorize.js';
import type { Principal, UserChange } from '../identity/types.js';
import { NotFoundError } from '../shared/errors.js';
import { canSee } from './access.js';
import { storyEntity, type StoryContext } from './context.js';
import { isModerator } from './moderation.js';
import { PRODUCT_LABEL, STORY_PRODUCTS, type ImpactTotals, type Story, type StoryFilter, type StoryForViewer, type StoryProduct } from './types.js';
import { say } from '../shared/error-text.js';

/** What a story form offers: the products and the currencies the CoE accepts. */
export interface StoryFormOptions {
  products: Array<{ value: StoryProduct; label: string }>;
  currencies: readonly string[];
}

/** The form's choices, from the configuration. */
export function formOptions(env: StoryContext): StoryFormOptions {
  return { products: STORY_PRODUCTS.map((value) => ({ value, label: PRODUCT_LABEL[value] })), currencies: env.settings.currencies };
}

/** Stories as `viewer` sees them: their own kudos, and what they may do with each. */
export async function forViewer(env: StoryContext, viewer: Principal, stories: Story[]): Promise<StoryForViewer[]> {
  const ids = stories.map((s) => s.id);
  const [given, givers] = await Promise.all([env.store.repos.stories.kudosGivenBy(viewer.user.id, ids), env.store.repos.stories.kudosGivers(ids)]);
  const moderator = isModerator(viewer);
  return stories.map((story) => {
    const mine = story.authorId === viewer.user.id;
    return {
      story,
      kudosGiven: given.has(story.id),
      kudosFrom: givers.get(story.id) ?? [],
      canEdit: mine && story.status !== 'declined',
      canDelete: mine || moderator,
      canModerate: moderator && !mine && story.status === 'pending',
    };
  });
}

/** One page of the gallery with what the filtered stories add up to. */
export interface Gallery {
  stories: StoryForViewer[];
  totals: ImpactTotals;
  /** Every department with a published story, for the filter (not only those on this page). */
  departments: string[];
}

/** The published stories a filter selects, with the impact they add up to. */
export async function gallery(env: StoryContext, viewer: Principal, filter: Omit<StoryFilter, 'status' | 'authorId'>): Promise<Gallery> {
  const selected: StoryFilter = { ...filter, status: ['published'] };
  const repo = env.store.repos.stories;
  const [stories, totals, departments] = await Promise.all([repo.list(selected), repo.totals(selected), repo.departments(['published'])]);
  return { stories: await forViewer(env, viewer, stories), totals, departments };
}

/** One story for one viewer; a story they may not see is "not found", so its existence does not leak. */
export async function detail(env: StoryContext, viewer: Principal, id: string): Promise<StoryForViewer> {
  const story = await env.store.repos.stories.find(id);
  if (!story || !canSee(story, viewer)) throw new NotFoundError(say('errors.stories.notPublished'));
  const [view] = await forViewer(env, viewer, [story]);
  return view!;
}

/** The viewer's own stories in every state but deleted, newest first. */
export async function mine(env: StoryContext, viewer: Principal, limit = 100): Promise<StoryForViewer[]> {
  const stories = await env.store.repos.stories.list({ authorId: viewer.user.id, status: ['pending', 'changes-requested', 'published', 'declined'], limit });
  return forViewer(env, viewer, stories);
}

/** The moderation queue (champions and admins): stories waiting for review, or those sent back. */
export async function queue(env: StoryContext, ctx: UserChange, status: 'pending' | 'changes-requested' = 'pending'): Promise<StoryForViewer[]> {
  await requireRole(env.store, env.clock, ctx.actor, ['champion', 'coe-admin'], 'story.queue', storyEntity('*'));
  const stories = await env.store.repos.stories.list({ status: [status], limit: 200 });
  return forViewer(env, ctx.actor.principal, stories);
}

/** Impact of published stories (optionally filtered): the gallery header and the KPI dashboard. */
export function impactTotals(env: StoryContext, filter: Omit<StoryFilter, 'status'> = {}): Promise<ImpactTotals> {
  return env.store.repos.stories.totals({ ...filter, status: ['published'] });
}
