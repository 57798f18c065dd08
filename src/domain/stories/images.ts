import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Principal, UserChange } from '../identity/types.js';
import { NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { audit } from '../audit/audit.js';
import { canSee } from './access.js';
import type { StoryContext } from './context.js';
import { sniffImageType, type StoryImage } from './image-types.js';
import { say, type ErrorText } from '../shared/error-text.js';

const GONE = say('errors.stories.pictureGone');

/** Stores an uploaded picture for the maker's story; the type comes from the bytes' signature alone. */
export async function uploadImage(env: StoryContext, ctx: UserChange, bytes: Buffer): Promise<StoryImage> {
  if (bytes.length === 0) throw new ValidationError(say('errors.stories.pictureEmpty'), { image: say('errors.stories.pictureEmptyField') });
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new ValidationError(say('errors.stories.pictureType'), { image: say('errors.stories.pictureTypeField') });
  const { user } = ctx.actor.principal;
  const image: StoryImage = {
    id: newId(),
    tenantId: user.tenantId,
    authorId: user.id,
    contentType,
    byteSize: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    token: randomBytes(24).toString('base64url'),
    createdAt: env.clock.now().toISOString(),
  };
  await env.store.transaction(async (tx) => {
    await tx.storyImages.insert(image, bytes);
    await audit(tx.audit, { clock: env.clock, correlationId: ctx.correlationId }, ctx.actor, 'story.image.upload', { type: 'story-image', id: image.id }, null, { contentType, byteSize: image.byteSize, sha256: image.sha256 });
  });
  return image;
}

/**
 * A picture for a signed-in viewer: its uploader always (a draft's picture), others when a story
 * they may see shows it (published: anyone in the tenant; before that the author and moderators).
 * Anything else — another tenant's, another person's draft — is "not found", revealing nothing.
 */
export async function imageForViewer(env: StoryContext, viewer: Principal, id: string): Promise<{ image: StoryImage; bytes: Buffer }> {
  const repo = env.store.repos.storyImages;
  const image = await repo.find(id);
  if (!image || image.tenantId !== viewer.user.tenantId) throw new NotFoundError(GONE);
  if (image.authorId !== viewer.user.id) {
    const stories = await Promise.all((await repo.storiesShowing(id)).map((s) => env.store.repos.stories.find(s)));
    if (!stories.some((s) => s && s.imageId === id && canSee(s, viewer))) throw new NotFoundError(GONE);
  }
  const bytes = await repo.bytes(id);
  if (!bytes) throw new NotFoundError(GONE);
  return { image, bytes };
}

/**
 * A picture at its anonymous card address: the story must show exactly this picture (not deleted)
 * and the token must be the picture's own, compared in constant time. Teams fetches card images
 * without a sign-in, so this is the only check.
 */
export async function imageForCard(env: StoryContext, storyId: string, imageId: string, token: string): Promise<{ image: StoryImage; bytes: Buffer }> {
  const image = await env.store.repos.storyImages.find(imageId);
  const given = Buffer.from(token);
  if (!image || given.length !== Buffer.byteLength(image.token) || !timingSafeEqual(given, Buffer.from(image.token))) throw new NotFoundError(GONE);
  const story = await env.store.repos.stories.find(storyId);
  if (!story || story.status === 'deleted' || story.imageId !== imageId) throw new NotFoundError(GONE);
  const bytes = await env.store.repos.storyImages.bytes(imageId);
  if (!bytes) throw new NotFoundError(GONE);
  return { image, bytes };
}

/**
 * Whether `imageId` may be attached to a story by this author: their own upload, in their tenant.
 * A picture the story already shows stays (a moderator never edits, but an author keeps theirs).
 */
export async function checkImageChoice(env: StoryContext, author: Principal, imageId: string | null, current: string | null = null): Promise<ErrorText | null> {
  if (!imageId || imageId === current) return null;
  const image = await env.store.repos.storyImages.find(imageId);
  if (!image || image.authorId !== author.user.id || image.tenantId !== author.user.tenantId) return say('errors.stories.pictureUnavailable');
  return null;
}
