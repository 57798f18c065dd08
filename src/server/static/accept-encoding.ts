/** The encodings the server keeps precompressed copies in, best first. */
export type ContentCoding = 'br' | 'gzip';

const preference: readonly ContentCoding[] = ['br', 'gzip'];

/**
 * The best of `available` that an Accept-Encoding header allows, or undefined for the plain file.
 * Follows RFC 9110 §12.5.3: a coding with q=0 is refused, `*` covers codings not named, and a
 * missing header means no preference (the plain file, which every client can read).
 */
export function negotiateEncoding(header: string | undefined, available: ReadonlySet<ContentCoding>): ContentCoding | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName = '', ...params] = part.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    const q = params.map((p) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(p)).find((m) => m !== null);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? weights.get('*') ?? 0;
  let best: ContentCoding | undefined;
  let bestWeight = 0;
  for (const coding of preference) {
    const weight = weightOf(coding);
    if (available.has(coding) && weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}
