import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { userChange, type UserChange } from '../../domain/identity/types.js';
import { STORY_PRODUCTS } from '../../domain/stories/types.js';
import type { StoryDraft } from '../../domain/stories/validation.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { entityOf, onlyRoles, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput, type ApiContext } from './api-route.js';
import { storyJson } from './story-json.js';

const id = z.object({ id: z.string().uuid('must be a story id') });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD');
const galleryQuery = z.object({
  product: z.enum(STORY_PRODUCTS).optional(),
  department: z.string().trim().max(80).optional(),
  from: day.optional(),
  to: day.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(48),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
// The form's fields as typed (the domain checks them and says what is wrong, field by field).
const field = (max: number) => z.union([z.string().max(max), z.number()]).optional();
const draft = {
  title: field(1000),
  problem: field(5000),
  solution: field(5000),
  products: z.union([z.array(z.string().max(40)).max(20), z.string().max(400)]).optional(),
  hoursSavedPerMonth: field(40),
  peopleServed: field(40),
  costAvoided: field(40),
  currency: field(10),
  department: field(200),
  imageUrl: field(2100),
  imageId: z.union([z.string().max(64), z.null()]).optional(),
  linkUrl: field(2100),
};
const createBody = z.object({ submissionKey: z.string().min(8).max(64), ...draft }).strict();
const updateBody = z.object({ version: z.number().int().min(1), ...draft }).strict();
const moderationBody = z.object({ decision: z.enum(['approve', 'request-changes', 'decline']), comment: z.string().max(4000).optional(), version: z.number().int().min(1).optional() }).strict();
const deleteQuery = z.object({ reason: z.string().max(1000).optional() });

function change({ principal, correlationId }: ApiContext): UserChange {
  return userChange(principal, correlationId);
}

/** The Stories pages of the tab: gallery, story page, submit/edit, kudos, "my stories" and the review queue. */
export function mountStories(server: Server, services: Services, auth: TabAuthenticator): void {
  const stories = services.stories;
  const route = (access: RouteAccess, handler: (ctx: ApiContext) => Promise<unknown>) => apiRoute(auth, services.logger, access, handler);

  server.get('/api/stories/options', route(signedIn(), async () => ({ ...stories.formOptions(), imageMaxBytes: services.config.settings.STORIES_IMAGE_MAX_BYTES })));

  server.get(
    '/api/stories',
    route(signedIn(), async ({ req, principal }) => {
      const { q, ...filter } = parseInput(galleryQuery, req.query);
      const gallery = await stories.gallery(principal, { ...filter, search: q });
      return { stories: gallery.stories.map((s) => storyJson(s, principal)), totals: gallery.totals, departments: gallery.departments };
    }),
  );

  server.get('/api/stories/mine', route(signedIn(), async ({ principal }) => ({ stories: (await stories.mine(principal)).map((s) => storyJson(s, principal)) })));

  server.get(
    '/api/stories/review',
    route(onlyRoles(['champion', 'coe-admin'], 'story.queue', entityOf('story')), async (ctx) => {
      const { status } = parseInput(z.object({ status: z.enum(['pending', 'changes-requested']).default('pending') }), ctx.req.query);
      return { stories: (await stories.queue(change(ctx), status)).map((s) => storyJson(s, ctx.principal)) };
    }),
  );

  server.get('/api/stories/:id', route(signedIn('story'), async ({ req, principal }) => ({ story: storyJson(await stories.detail(principal, parseInput(id, req.params).id), principal) })));

  server.post(
    '/api/stories',
    route(signedIn(), async (ctx) => {
      const { submissionKey, ...values } = parseInput(createBody, ctx.req.body);
      const { story, created } = await stories.submit(change(ctx), values as StoryDraft, submissionKey);
      return { story: storyJson(await stories.detail(ctx.principal, story.id), ctx.principal), created };
    }),
  );

  server.put(
    '/api/stories/:id',
    route(signedIn('story'), async (ctx) => {
      const storyId = parseInput(id, ctx.req.params).id;
      const { version, ...values } = parseInput(updateBody, ctx.req.body);
      await stories.update(change(ctx), storyId, values as StoryDraft, version);
      return { story: storyJson(await stories.detail(ctx.principal, storyId), ctx.principal) };
    }),
  );

  server.del(
    '/api/stories/:id',
    route(signedIn('story'), async (ctx) => {
      const storyId = parseInput(id, ctx.req.params).id;
      await stories.remove(change(ctx), storyId, parseInput(deleteQuery, ctx.req.query).reason);
      return { deleted: true };
    }),
  );

  server.post(
    '/api/stories/:id/kudos',
    route(signedIn('story'), async (ctx) => {
      const { story, given, kudosFrom } = await stories.toggleKudos(change(ctx), parseInput(id, ctx.req.params).id);
      return { kudosCount: story.kudosCount, kudosGiven: given, kudosFrom };
    }),
  );

  server.post(
    '/api/stories/:id/moderation',
    route(onlyRoles(['champion', 'coe-admin'], 'story.moderate', entityOf('story')), async (ctx) => {
      const storyId = parseInput(id, ctx.req.params).id;
      const { decision, comment, version } = parseInput(moderationBody, ctx.req.body);
      await stories.moderate(change(ctx), storyId, decision, comment, version);
      return { story: storyJson(await stories.detail(ctx.principal, storyId), ctx.principal) };
    }),
  );
}
