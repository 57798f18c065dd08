import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { GRANTABLE_ROLES, userActor, userChange } from '../../domain/identity/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf } from './access.js';
import { apiRoute, parseInput } from './api-route.js';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an Entra object id (GUID)');
const grantBody = z
  .object({
    aadObjectId: guid,
    tenantId: guid.optional(),
    displayName: z.string().trim().min(1).max(120).optional(),
    role: z.enum(GRANTABLE_ROLES as unknown as [string, ...string[]]),
  })
  .strict();

/** Role management for coe-admins (the service checks the role and audits every change). */
export function mountRoles(server: Server, services: Services, auth: TabAuthenticator): void {
  server.get(
    '/api/admin/roles',
    apiRoute(auth, services.logger, coeAdmins('role.list', entityOf('roles')), async ({ principal }) => {
      const grants = await services.identity.listRoles(userActor(principal));
      return {
        grants: grants.map((g) => ({ userId: g.user.id, aadObjectId: g.user.aadObjectId, tenantId: g.user.tenantId, displayName: g.user.displayName, role: g.role, grantedAt: g.grantedAt })),
      };
    }),
  );

  server.post(
    '/api/admin/roles',
    apiRoute(auth, services.logger, coeAdmins('role.grant', entityOf('user')), async ({ req, principal, correlationId }) => {
      const input = parseInput(grantBody, req.body);
      const target = { tenantId: input.tenantId ?? principal.user.tenantId, aadObjectId: input.aadObjectId, displayName: input.displayName };
      const { changed } = await services.identity.grantRole(userChange(principal, correlationId), target, input.role);
      return { changed };
    }),
  );

  server.del(
    '/api/admin/roles/:tenantId/:aadObjectId/:role',
    apiRoute(auth, services.logger, coeAdmins('role.revoke', entityOf('user', 'aadObjectId')), async ({ req, principal, correlationId }) => {
      const params = parseInput(z.object({ tenantId: guid, aadObjectId: guid, role: z.string() }), req.params);
      const { changed } = await services.identity.revokeRole(userChange(principal, correlationId), params, params.role);
      return { changed };
    }),
  );
}
