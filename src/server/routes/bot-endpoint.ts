import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Bot } from '../../../bot/app.js';
import type { Logger } from '../../logging.js';

const account = z.object({ id: z.string().min(1) });

/**
 * The least an activity must carry for the bot to answer it at all; everything else is optional.
 * Unknown keys are not visited (zod's default strips them from a result nobody reads); `passthrough`
 * copied every activity whole on every turn.
 */
const activityShape = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  from: account,
  recipient: account,
  conversation: account,
  text: z.string().max(100_000).optional(),
});

/**
 * The Bot Framework endpoint Teams posts activities to. The adapter authenticates the request and
 * writes the HTTP response (200 for messages, the invoke response body for invokes, 401 for bad
 * tokens); bodies that are not activities are refused here with a 400 naming what is missing.
 */
export function mountBotEndpoint(server: Server, bot: Bot, logger: Logger): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = activityShape.safeParse(req.body);
    if (!parsed.success) {
      const missing = parsed.error.issues.map((i) => i.path.join('.') || 'body').join(', ');
      res.status(400);
      res.json({ error: { code: 'invalid_activity', message: `The request body is not a valid activity (${missing}).` } });
      return;
    }
    try {
      await bot.adapter.process(req, res, (context) => bot.handle(context));
    } catch (error) {
      logger.error({ err: error }, 'bot endpoint failed');
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: { code: 'internal', message: 'The activity could not be processed.' } });
      }
    }
  });
}
