import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';
import type { RequestHandler } from 'restify';

/** Bodies smaller than this go plain: compressing them saves less than it costs. */
export const compressionThresholdBytes = 1024;

/**
 * The bot endpoint's replies (invoke responses) go plain: the Bot Framework service and Teams
 * read them, their clients are not ours to test, and they are small cards anyway.
 */
const plainPaths = ['/api/messages'];

/**
 * Compresses text responses built per request (JSON from the API, calendar files, legal pages)
 * with brotli or gzip, as the client's Accept-Encoding allows. The built tab's files are compressed
 * at build time instead (static-tab.ts sets Content-Encoding itself, which this then leaves alone).
 */
export function compressResponses(): RequestHandler {
  const middleware = compression({
    threshold: compressionThresholdBytes,
    filter: (req: IncomingMessage, res: ServerResponse) => {
      const pathname = (req.url ?? '/').split('?')[0] ?? '/';
      if (plainPaths.includes(pathname)) return false;
      return compression.filter(req as Parameters<typeof compression.filter>[0], res as Parameters<typeof compression.filter>[1]);
    },
  });
  return (req, res, next) => {
    middleware(req as unknown as Parameters<typeof middleware>[0], res as unknown as Parameters<typeof middleware>[1], () => next());
  };
}
