import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentCoding } from './accept-encoding.js';

/** One way of sending a file: the plain bytes or a precompressed copy. */
export interface StaticVariant {
  readonly file: string;
  readonly size: number;
  readonly etag: string;
}

/** A file the tab may be served: its type, how long it may be cached, and its variants. */
export interface StaticEntry {
  readonly contentType: string;
  readonly cacheControl: string;
  readonly plain: StaticVariant;
  readonly encoded: ReadonlyMap<ContentCoding, StaticVariant>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const suffixes: ReadonlyMap<ContentCoding, string> = new Map([
  ['br', '.br'],
  ['gzip', '.gz'],
]);

/**
 * Vite puts a content hash in every name under assets/, so such a file never changes: a year,
 * immutable (no revalidation on reload). Anything else (index.html, icons at the root) may change
 * with a deploy: always revalidated, which the ETag makes a 304 when nothing changed.
 */
export const immutableCaching = 'public, max-age=31536000, immutable';
export const revalidateCaching = 'no-cache';

function variant(file: string, suffix: string): StaticVariant {
  const content = readFileSync(file);
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 22);
  return { file, size: content.length, etag: `"${hash}${suffix}"` };
}

/**
 * Every servable file of the built tab, keyed by URL path ('/assets/index-ab12.js'). Only what is
 * listed here is ever read from disk, so no request path (`..`, encoded slashes, `.br` names) can
 * reach another file. The `.br` and `.gz` copies are variants of their file, never files of their own.
 */
export function scanStaticFiles(directory: string): ReadonlyMap<string, StaticEntry> {
  const catalog = new Map<string, StaticEntry>();
  const files = readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const present = new Set(files);
  for (const file of files) {
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const urlPath = '/' + path.relative(directory, file).split(path.sep).join('/');
    const encoded = new Map<ContentCoding, StaticVariant>();
    for (const [coding, suffix] of suffixes) {
      if (present.has(file + suffix)) encoded.set(coding, variant(file + suffix, `-${coding}`));
    }
    catalog.set(urlPath, {
      contentType: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      cacheControl: urlPath.startsWith('/assets/') ? immutableCaching : revalidateCaching,
      plain: variant(file, ''),
      encoded,
    });
  }
  return catalog;
}

/** The modification time of a file, or undefined when it is missing. */
export function modifiedAt(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
