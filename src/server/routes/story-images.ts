import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { userChange } from '../../domain/identity/types.js';
import { isDomainError } from '../../domain/shared/errors.js';
import type { StoryImage } from '../../domain/stories/image-types.js';
import { imageForCard, imageForViewer, uploadImage } from '../../domain/stories/images.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { readRawBody } from '../body/raw-body.js';
import { publicAccess, signedIn, withAccess } from './access.js';
import { ApiBytes, apiRoute, parseInput, sendBytes } from './api-route.js';

/** The upload route: its body is read here, after sign-in, not by the JSON reader (http-server.ts). */
export const STORY_IMAGE_UPLOAD_PATH = '/api/stories/images';

const EXTENSION: Record<StoryImage['contentType'], string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/gif': 'gif' };
const uuid = z.string().uuid('must be a picture id');
const cardParams = z.object({ storyId: z.string().uuid(), imageId: z.string().uuid(), token: z.string().regex(/^[\w-]{16,64}$/) });

/**
 * A picture's answer: its exact type (from its bytes), never sniffed, shown inline, and with a CSP
 * that lets nothing run should a browser open it as a document.
 */
function pictureBytes(image: StoryImage, bytes: Buffer, cacheControl: string): ApiBytes {
  return new ApiBytes(
    {
      'Content-Type': image.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': `inline; filename="story-picture.${EXTENSION[image.contentType]}"`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Cache-Control': cacheControl,
    },
    `"${image.sha256}"`,
    bytes,
  );
}

/**
 * Story pictures: upload (signed-in), read in the tab (signed-in, the story's visibility), and the
 * anonymous card address (story + picture + random token) that Teams fetches card images from.
 */
export function mountStoryImages(server: Server, services: Services, auth: TabAuthenticator): void {
  const env = services.stories.context;
  const limit = services.config.settings.STORIES_IMAGE_MAX_BYTES;

  // The connection closes after every answer: a refused upload's body is never read.
  const closeAfter = (_req: Request, res: Response, next: () => void) => {
    res.setHeader('connection', 'close');
    next();
  };
  server.post(
    STORY_IMAGE_UPLOAD_PATH,
    closeAfter,
    apiRoute(auth, services.logger, signedIn(), async ({ req, principal, correlationId }) => {
      const bytes = await readRawBody(req, limit);
      const image = await uploadImage(env, userChange(principal, correlationId), bytes);
      return { image: { id: image.id, contentType: image.contentType, byteSize: image.byteSize, url: `${STORY_IMAGE_UPLOAD_PATH}/${image.id}` } };
    }),
  );

  // Ids never change content (a new picture is a new id): the browser keeps it, for this person only.
  server.get(
    `${STORY_IMAGE_UPLOAD_PATH}/:id`,
    apiRoute(auth, services.logger, signedIn('story-image'), async ({ req, principal }) => {
      const { image, bytes } = await imageForViewer(env, principal, parseInput(z.object({ id: uuid }), req.params).id);
      return pictureBytes(image, bytes, 'private, max-age=31536000, immutable');
    }),
  );

  const access = publicAccess('Teams fetches card images without a sign-in; the address carries the story, the picture and its random token, all checked');
  server.get(
    '/story-images/:storyId/:imageId/:token',
    withAccess(access, async (req: Request, res: Response) => {
      try {
        const parsed = cardParams.safeParse(req.params ?? {});
        if (!parsed.success) throw Object.assign(new Error('not a picture address'), { status: 404 });
        const { image, bytes } = await imageForCard(env, parsed.data.storyId, parsed.data.imageId, parsed.data.token);
        // A day, not a year: a deleted story's or an erased person's picture leaves caches by then.
        sendBytes(req, res, pictureBytes(image, bytes, 'public, max-age=86400'));
      } catch (error) {
        const notFound = isDomainError(error) || (error as { status?: number }).status === 404;
        if (!notFound) services.logger.error({ err: error }, 'story picture failed');
        res.status(notFound ? 404 : 500);
        res.json({ error: { code: notFound ? 'not_found' : 'internal', message: notFound ? 'That picture does not exist.' : 'The picture could not be sent.' } });
      }
    }),
  );
}
