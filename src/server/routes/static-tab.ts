import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import restify, { type Server } from 'restify';
import type { Logger } from '../../logging.js';

/**
 * Serves the built tab. Hashed assets are cached for a year; every other path that is not a file
 * gets index.html (client-side routes such as /training), never cached so a deploy shows at once.
 */
export function mountStaticTab(server: Server, directory: string, logger: Logger): void {
  const indexFile = path.join(directory, 'index.html');
  if (!existsSync(indexFile)) {
    logger.warn({ directory }, 'tab is not built (run npm run build:tab); / will explain how');
  }
  const files = restify.plugins.serveStaticFiles(directory, { maxAge: 31536000 });

  server.get('/*', (req, res, next) => {
    const requested = req.path();
    const candidate = path.join(directory, path.normalize(requested).replace(/^(\.\.[/\\])+/, ''));
    if (path.extname(requested) && candidate.startsWith(directory) && existsSync(candidate)) return files(req, res, next);
    if (path.extname(requested) && requested.startsWith('/assets/')) {
      res.status(404);
      res.end();
      return next(false);
    }
    if (!existsSync(indexFile)) {
      res.status(503);
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('The Maker Hub tab has not been built yet. Run: npm run build:tab');
      return next(false);
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.status(200);
    res.end(readFileSync(indexFile));
    return next(false);
  });
}
