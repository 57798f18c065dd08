import type { Request } from 'restify';
import { DomainError } from '../../domain/shared/errors.js';

/** A body refused while reading it: 413 too large, 415 compressed, 400 unreadable. */
export class BodyError extends DomainError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads an upload's bytes into memory, never to disk, and only after the route has authenticated
 * the caller (the JSON reader in json-body.ts leaves these routes' bodies unread). Refuses a
 * declared Content-Length over `limit` before reading a byte, stops reading as soon as a chunked
 * body passes it, and refuses compressed bodies (no decompression bombs).
 */
export function readRawBody(req: Request, limit: number): Promise<Buffer> {
  const tooLarge = () => new BodyError(413, 'too_large', `The picture is larger than ${Math.round(limit / 1024)} KB.`);
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return Promise.reject(new BodyError(415, 'unsupported_media_type', 'Compressed uploads are not accepted.'));
  const declared = req.headers['content-length'];
  if (declared !== undefined && !(Number(declared) <= limit)) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(tooLarge());
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new BodyError(400, 'bad_request', 'The upload could not be read.'));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
  });
}
