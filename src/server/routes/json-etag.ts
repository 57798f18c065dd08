import { createHash } from 'node:crypto';
import type { Request, Response } from 'restify';

/** A strong validator of a body's exact bytes (SHA-256, 128 bits are ample to tell versions apart). */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`;
}

/**
 * Whether an If-None-Match header names `etag`: `*`, or one of a comma-separated list, compared
 * weakly as RFC 9110 asks for If-None-Match (a `W/` prefix, which a proxy that re-encodes the body
 * may add, does not matter).
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * A GET's JSON answer with an ETag of its bytes. API answers are `no-cache` (per person, and they
 * change at any time), so the browser asks again on every call, naming the ETag it holds; an
 * unchanged answer is then a 304 without a body, and a repeat open of the tab moves headers only.
 * The answer is computed either way: this saves bytes on the wire, not work on the server.
 */
export function sendJsonWithEtag(req: Request, res: Response, body: unknown): void {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  res.setHeader('ETag', etag);
  if (noneMatchHits(req.headers['if-none-match'], etag)) {
    res.status(304);
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
