import type { Next, Request, RequestHandler, Response } from 'restify';

/** Activities and API bodies are small; 1 MB stays far above Teams' 100 KB message limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** application/json, and JSON-based types such as application/vnd.api+json; nothing else. */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

function refuse(res: Response, next: Next, status: number, code: string, message: string): void {
  // The rest of the body is not read: the connection goes away after this answer.
  res.setHeader('connection', 'close');
  res.status(status);
  res.json({ error: { code, message } });
  next(false);
}

/**
 * Reads a JSON request body into `req.body`, in memory and before any route (and so before any
 * authentication) runs. Nothing else is parsed and nothing is ever
 * written to disk: another content type is refused with 415 unread, a body over `limit` bytes with
 * 413 (by its Content-Length before reading, or as soon as the stream passes the limit), a
 * compressed body with 415 (no decompression bombs), and unparseable JSON with 400. The
 * `uploadPaths` (POST only) are left unread: their route reads the bytes itself after sign-in
 * (body/raw-body.ts), so an unauthenticated upload is refused before a byte of it is read.
 */
export function jsonBody(limit = MAX_BODY_BYTES, uploadPaths: readonly string[] = []): RequestHandler {
  return function readJsonBody(req: Request, res: Response, next: Next): void {
    if (req.method === 'POST' && uploadPaths.includes(req.path())) return next();
    const declared = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    const length = declared === undefined ? 0 : Number(declared);
    if (!chunked && length === 0) return next();
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (!JSON_TYPE.test(type)) return refuse(res, next, 415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json).');
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding.toLowerCase() !== 'identity') return refuse(res, next, 415, 'unsupported_media_type', 'Compressed request bodies are not accepted.');
    if (!Number.isFinite(length) || length > limit) return refuse(res, next, 413, 'too_large', `The request body is larger than ${limit / 1024} KB.`);

    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: { status: number; code: string; message: string }) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
      if (error) return refuse(res, next, error.status, error.code, error.message);
      const text = Buffer.concat(chunks, size).toString('utf8');
      if (!text.trim()) return next();
      try {
        req.body = JSON.parse(text);
      } catch {
        return refuse(res, next, 400, 'invalid_json', 'The request body is not valid JSON.');
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        return finish({ status: 413, code: 'too_large', message: `The request body is larger than ${limit / 1024} KB.` });
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish({ status: 400, code: 'bad_request', message: 'The request body could not be read.' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  };
}
