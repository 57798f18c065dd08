import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Next, Request, Response, Server } from 'restify';
import type { Logger } from '../../logging.js';
import { negotiateEncoding } from '../static/accept-encoding.js';
import { modifiedAt, scanStaticFiles, type StaticEntry } from '../static/static-catalog.js';

/**
 * Serves the built tab: files from the build's catalog (precompressed brotli or gzip when the
 * browser accepts it, hashed assets cached for a year, everything else revalidated by ETag), and
 * index.html for every other path (client-side routes such as /training).
 */
export function mountStaticTab(server: Server, directory: string, logger: Logger): void {
  const indexFile = path.join(directory, 'index.html');
  let catalog: ReadonlyMap<string, StaticEntry> | undefined;
  let scannedFor: number | undefined;
  // A rebuild rewrites index.html; one stat per request notices it without a file watcher.
  const currentCatalog = (): ReadonlyMap<string, StaticEntry> | undefined => {
    const built = modifiedAt(indexFile);
    if (built === undefined) return undefined;
    if (catalog === undefined || built !== scannedFor) {
      catalog = scanStaticFiles(directory);
      scannedFor = built;
    }
    return catalog;
  };
  if (currentCatalog() === undefined) {
    logger.warn({ directory }, 'tab is not built (run npm run build:tab); / will explain how');
  }

  server.get('/*', (req: Request, res: Response, next: Next) => {
    const files = currentCatalog();
    if (files === undefined) {
      res.status(503);
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.end('The Maker Hub tab has not been built yet. Run: npm run build:tab');
      return next(false);
    }
    const requested = req.path();
    const entry = files.get(requested);
    if (entry !== undefined) return send(req, res, next, entry);
    // A missing file is a 404 (a stale page asking for an old chunk must fail, and a browser's
    // /favicon.ico must not get HTML); only extensionless paths are the tab's own routes.
    if (requested.startsWith('/assets/') || /\.[\w-]+$/.test(requested)) {
      res.status(404);
      res.setHeader('cache-control', 'no-store');
      res.end();
      return next(false);
    }
    const index = files.get('/index.html');
    if (index === undefined) return next(false);
    return send(req, res, next, index);
  });
}

function send(req: Request, res: Response, next: Next, entry: StaticEntry): void {
  const coding = negotiateEncoding(req.header('accept-encoding'), new Set(entry.encoded.keys()));
  const variant = coding === undefined ? entry.plain : (entry.encoded.get(coding) ?? entry.plain);
  res.setHeader('content-type', entry.contentType);
  res.setHeader('cache-control', entry.cacheControl);
  res.setHeader('etag', variant.etag);
  // Caches must key on Accept-Encoding whenever a compressed copy exists, even for the plain reply.
  if (entry.encoded.size > 0) res.setHeader('vary', 'Accept-Encoding');
  if (matches(req.header('if-none-match'), variant.etag)) {
    res.status(304);
    res.end();
    return next(false);
  }
  if (coding !== undefined) res.setHeader('content-encoding', coding);
  res.setHeader('content-length', String(variant.size));
  res.status(200);
  const stream = createReadStream(variant.file);
  // restify ends the chain once next() is called: only when the file has been handed over.
  stream.once('close', () => next(false));
  stream.on('error', () => {
    // The build was replaced under us; the next request rescans.
    if (!res.headersSent) {
      res.removeHeader('content-encoding');
      res.removeHeader('content-length');
      res.status(404);
      res.end();
    } else res.destroy();
  });
  stream.pipe(res);
}

/** If-None-Match (RFC 9110 §13.1.2): `*` or any listed tag, compared weakly. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
