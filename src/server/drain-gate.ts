import type { Request, Response, Server } from 'restify';

/** Whether the process still takes work; once draining, it never takes work again. */
export interface DrainGate {
  readonly draining: boolean;
  drain(): void;
}

/**
 * Shutting down (SIGTERM from App Service, Container Apps or Kubernetes): new bot turns get 503 with
 * Retry-After, so the Bot Connector tries again and reaches another instance, and /readyz answers
 * 503, so the load balancer stops sending traffic here, while work already inside finishes.
 * Installed as a pre-routing handler, ahead of every route.
 */
export function installDrainGate(server: Server): DrainGate {
  let draining = false;
  server.pre((req: Request, res: Response, next: (err?: false) => void) => {
    if (!draining) return next();
    const path = req.path();
    if (path === '/readyz' || (path === '/api/messages' && req.method === 'POST')) {
      res.setHeader('retry-after', '5');
      res.status(503);
      res.json(path === '/readyz' ? { status: 'not ready', reason: 'shutting down' } : { error: { code: 'shutting_down', message: 'This instance is shutting down; try again.' } });
      return next(false);
    }
    next();
  });
  return {
    get draining() {
      return draining;
    },
    drain() {
      draining = true;
    },
  };
}
