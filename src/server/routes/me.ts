import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { signedIn } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { userChange } from '../../domain/identity/types.js';

const preferences = z
  .object({ notificationsOptOut: z.boolean().optional(), department: z.string().trim().max(80, 'Keep the department under 80 characters.').nullable().optional() })
  .strict()
  .refine((p) => p.notificationsOptOut !== undefined || p.department !== undefined, 'send notificationsOptOut or department');

/** The signed-in person: who they are, their roles, and their notification preference. */
export function mountMe(server: Server, services: Services, auth: TabAuthenticator): void {
  server.get(
    '/api/me',
    apiRoute(auth, services.logger, signedIn(), async ({ principal }) => ({
      user: {
        id: principal.user.id,
        tenantId: principal.user.tenantId,
        aadObjectId: principal.user.aadObjectId,
        displayName: principal.user.displayName,
        notificationsOptOut: principal.user.notificationsOptOut,
        department: principal.user.department,
      },
      roles: principal.roles,
      devMode: services.config.auth.devMode,
    })),
  );

  server.patch(
    '/api/me/preferences',
    apiRoute(auth, services.logger, signedIn(), async ({ req, principal, correlationId }) => {
      const input = parseInput(preferences, req.body);
      if (input.notificationsOptOut !== undefined) await services.identity.setNotificationsOptOut(userChange(principal, correlationId), input.notificationsOptOut);
      if (input.department !== undefined) await services.identity.setDepartment(userChange(principal, correlationId), principal.user, input.department);
      return { notificationsOptOut: input.notificationsOptOut ?? principal.user.notificationsOptOut, department: input.department === undefined ? principal.user.department : input.department || null };
    }),
  );
}
