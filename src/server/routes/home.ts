import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { INBOX_PAGE_MAX } from '../../domain/inbox/service.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { signedIn } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { userChange } from '../../domain/identity/types.js';

const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(INBOX_PAGE_MAX).optional(),
    before: z.string().max(200).optional(),
  })
  .strict();

/**
 * Home (everything that concerns the signed-in person, in one answer) and their inbox. Both read
 * only the caller's own rows: another person's inbox item is "not found", whatever its id.
 */
export function mountHome(server: Server, services: Services, auth: TabAuthenticator): void {
  const { home, inbox, logger } = services;

  server.get(
    '/api/home',
    apiRoute(auth, logger, signedIn(), async ({ principal }) => home.view(principal)),
  );
  server.post(
    '/api/home/welcome/dismiss',
    apiRoute(auth, logger, signedIn(), async ({ principal, correlationId }) => {
      await home.dismissWelcome(userChange(principal, correlationId));
      return { firstRun: false };
    }),
  );

  server.get(
    '/api/inbox',
    apiRoute(auth, logger, signedIn(), async ({ req, principal }) => inbox.list(principal, parseInput(pageQuery, req.query ?? {}))),
  );
  server.get(
    '/api/inbox/unread-count',
    apiRoute(auth, logger, signedIn(), async ({ principal }) => ({ unread: await inbox.unreadCount(principal) })),
  );
  server.post(
    '/api/inbox/read-all',
    apiRoute(auth, logger, signedIn(), async ({ principal, correlationId }) => inbox.markAllRead(userChange(principal, correlationId))),
  );
  server.post(
    '/api/inbox/:id/read',
    apiRoute(auth, logger, signedIn('inbox-item'), async ({ req, principal, correlationId }) => inbox.markRead(userChange(principal, correlationId), String(req.params.id))),
  );
}
