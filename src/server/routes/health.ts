import type { Request, Response, Server } from 'restify';
import { publicAccess, withAccess } from './access.js';
import type { Services } from '../../container.js';
import { pendingMigrations } from '../../storage/migrate.js';

/** Liveness (the process answers) and readiness (the database answers and its schema is current). */
export function mountHealth(server: Server, services: Services): void {
  const probe = publicAccess('load balancers and orchestrators probe without credentials; the answers reveal no data');
  server.get(
    '/healthz',
    withAccess(probe, async (_req: Request, res: Response) => {
      res.json({ status: 'ok' });
    }),
  );
  server.get('/readyz', withAccess(probe, async (_req: Request, res: Response) => {
    try {
      await services.store.ping();
      const pending = await pendingMigrations(services.store.handle.db);
      if (pending.length) {
        res.status(503);
        res.json({ status: 'not ready', reason: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready', database: services.store.handle.flavour });
    } catch (error) {
      services.logger.warn({ err: error }, 'readiness check failed');
      res.status(503);
      res.json({ status: 'not ready', reason: 'database unavailable' });
    }
  }));
}
