import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { userActor, userChange } from '../../domain/identity/types.js';

const batchId = z.object({ batchId: z.string().min(1).max(400) });
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional(), kind: z.string().max(100).optional() });

/** Delivery reports for coe-admins: list batches, one batch's report, cancel what is still queued. */
export function mountDeliveries(server: Server, services: Services, auth: TabAuthenticator): void {
  server.get(
    '/api/admin/deliveries',
    apiRoute(auth, services.logger, coeAdmins('delivery.list', entityOf('delivery-batch')), async ({ req, principal }) => {
      const query = parseInput(listQuery, req.query);
      return { batches: await services.delivery.listBatches(userActor(principal), query) };
    }),
  );

  server.get(
    '/api/admin/deliveries/:batchId',
    apiRoute(auth, services.logger, coeAdmins('delivery.report', entityOf('delivery-batch', 'batchId')), async ({ req, principal }) => {
      const { batchId: id } = parseInput(batchId, req.params);
      return services.delivery.report(userActor(principal), id);
    }),
  );

  server.post(
    '/api/admin/deliveries/:batchId/cancel',
    apiRoute(auth, services.logger, coeAdmins('delivery.batch.cancel', entityOf('delivery-batch', 'batchId')), async ({ req, principal, correlationId }) => {
      const { batchId: id } = parseInput(batchId, req.params);
      return services.delivery.cancelBatch(userChange(principal, correlationId), id);
    }),
  );
}
