import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { isDomainError } from '../../domain/shared/errors.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { publicAccess, signedIn, withAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { userChange } from '../../domain/identity/types.js';

const params = z.object({ id: z.string().min(1).max(64) });
const tokenQuery = z.object({ t: z.string().max(100).optional() }).passthrough();

/**
 * Opening a module counts as started (#19). The tab calls POST …/started as the link is clicked;
 * the bot card's "Open module" is GET …/open?t=<the person's token>, which marks it and redirects
 * to the module. That one is without sign-in on purpose: the browser a card button opens carries
 * no Teams token. It only ever redirects to the module's own stored address, never to one from
 * the request, and a wrong token marks nothing.
 */
export function mountTrainingOpen(server: Server, services: Services, auth: TabAuthenticator): void {
  const starts = services.training.starts;
  server.post(
    '/api/training/modules/:id/started',
    apiRoute(auth, services.logger, signedIn(), async ({ req, principal, correlationId }) => {
      await starts.started(userChange(principal, correlationId), parseInput(params, req.params).id);
      return { started: true };
    }),
  );

  const access = publicAccess("a card button opens a browser without the person's Teams token; the link's random token names them");
  server.get(
    '/api/training/modules/:id/open',
    withAccess(access, async (req: Request, res: Response) => {
      try {
        const { id } = parseInput(params, req.params);
        const { t } = parseInput(tokenQuery, req.query ?? {});
        const url = await starts.openByToken(id, t ?? '');
        res.setHeader('cache-control', 'no-store');
        res.setHeader('referrer-policy', 'no-referrer');
        res.redirect(302, url, () => undefined);
      } catch (error) {
        const notFound = isDomainError(error);
        if (!notFound) services.logger.error({ err: error }, 'opening a training module failed');
        res.status(notFound ? 404 : 500);
        res.json({ error: { code: notFound ? 'not_found' : 'internal', message: notFound ? 'That training module does not exist.' : 'The module could not be opened.' } });
      }
    }),
  );
}
