import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { BotAuthError } from '../../../bot/adapter.js';
import type { Bot } from '../../../bot/app.js';
import type { Logger } from '../../logging.js';
import { inSpan } from '../../telemetry/instruments.js';
import { requestContext } from '../../telemetry/request-spans.js';
import { botAccess, withAccess } from './access.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = z.string().regex(GUID, 'must be a GUID');

/** Ids Teams sends are short (28:…, 29:…, a:…, 19:…@thread.tacv2); anything longer is not Teams. */
const account = z.object({ id: z.string().min(1).max(256), aadObjectId: guid.nullish() });

/**
 * The least an activity must carry for the bot to answer it at all, and bounds on the identity
 * fields that are stored (who, which conversation, which tenant): validated here, at the edge,
 * before anything is written. Display names are not refused for length but cut to 256 characters
 * where they are stored (an Entra display name has at most 256). Unknown keys are not visited
 * (zod's default strips them from a result nobody reads); `passthrough` copied every activity
 * whole on every turn.
 */
const activityShape = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().max(2048).url(),
  from: account,
  recipient: account,
  conversation: z.object({ id: z.string().min(1).max(512), tenantId: guid.nullish() }),
  channelData: z.object({ tenant: z.object({ id: guid.nullish() }).nullish() }).nullish(),
  text: z.string().max(100_000).optional(),
});

/**
 * The Bot Framework endpoint Teams posts activities to. Bodies that are not activities are refused
 * with a 400 naming what is missing; the adapter then authenticates the request (a bad token is a
 * 401 that says nothing more; signing keys that cannot be fetched are a 503, logged once until
 * they can be again) and runs the turn: 200 for messages, the invoke response for invokes.
 */
export function mountBotEndpoint(server: Server, bot: Bot, logger: Logger): void {
  let keysDown = false;
  server.post(
    '/api/messages',
    withAccess(botAccess, async (req: Request, res: Response) => {
      const parsed = activityShape.safeParse(req.body);
      if (!parsed.success) {
        const missing = parsed.error.issues.map((i) => i.path.join('.') || 'body').join(', ');
        res.status(400);
        res.json({ error: { code: 'invalid_activity', message: `The request body is not a valid activity (${missing}).` } });
        return;
      }
      try {
        const activity = parsed.data;
        const invokeResponse = await inSpan(
          'bot.turn',
          { 'bot.activity.type': activity.type, 'bot.channel': activity.channelId },
          () => bot.adapter.handle(req.body as Record<string, unknown>, req.header('authorization') ?? '', (context) => bot.handle(context)),
          requestContext(req),
        );
        keysDown = false;
        res.status(invokeResponse?.status ?? 200);
        if (invokeResponse?.body !== undefined) res.json(invokeResponse.body);
        else res.end();
      } catch (error) {
        if (error instanceof BotAuthError) {
          if (error.status === 503 && !keysDown) logger.error({ detail: error.detail }, 'bot endpoint: the Bot Framework signing keys cannot be fetched; refusing requests with 503 until they can');
          if (error.status === 401) logger.info({ detail: error.detail }, 'bot endpoint: request not authorized');
          keysDown = error.status === 503;
          res.status(error.status);
          if (error.status === 503) res.setHeader('retry-after', '10');
          res.json({ error: { code: error.status === 503 ? 'unavailable' : 'unauthorized', message: error.message } });
          return;
        }
        logger.error({ err: error }, 'bot endpoint failed');
        if (!res.headersSent) {
          res.status(500);
          res.json({ error: { code: 'internal', message: 'The activity could not be processed.' } });
        }
      }
    }),
  );
}
