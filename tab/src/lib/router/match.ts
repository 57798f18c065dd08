/**
 * Route patterns as the tab writes them: static segments, `:name` parameters and a trailing `*`
 * splat (`events/*`, `:id/edit`), matched case-insensitively like React Router did, and ranked so
 * that a static segment beats a parameter, which beats a splat, whatever the order of the routes.
 * Pure, so the matching is unit-tested without a browser (tests/tab/router-match.test.ts).
 */

export type Params = Readonly<Record<string, string>>;

/** What a pattern matched: its parameters (a splat's rest under `*`), the matched base, the rest. */
export interface PatternMatch {
  readonly params: Params;
  /** The part of the pathname the pattern consumed, e.g. `/events` for `events/*` on `/events/e1`. */
  readonly base: string;
  readonly score: number;
}

/** A pathname's segments, without empty ones: `/a//b/` and `/a/b` are the same page. */
export function segmentsOf(pathname: string): string[] {
  return pathname.split('/').filter((s) => s !== '');
}

/** Joins a base and a pattern the way nested routes add up: `/`, `admin` → `/admin`. */
export function joinPaths(base: string, pattern: string): string {
  const joined = [...segmentsOf(base), ...segmentsOf(pattern)].join('/');
  return `/${joined}`;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Matches `pattern` (relative to `base`) against `pathname`. With `end` the whole pathname must be
 * consumed (a leaf route); without it the pattern is a prefix (a layout route). An index route is
 * the empty pattern with `end`.
 */
export function matchPattern(pattern: string, base: string, pathname: string, end: boolean): PatternMatch | null {
  const baseSegments = segmentsOf(base);
  const segments = segmentsOf(pathname);
  for (let i = 0; i < baseSegments.length; i++) {
    if (segments[i]?.toLowerCase() !== baseSegments[i]!.toLowerCase()) return null;
  }
  const rest = segments.slice(baseSegments.length);
  const parts = segmentsOf(pattern);
  const params: Record<string, string> = {};
  let score = 0;
  let consumed = 0;
  for (const [i, part] of parts.entries()) {
    if (part === '*' && i === parts.length - 1) {
      params['*'] = rest.slice(consumed).map(decode).join('/');
      return { params, base: joinPaths(base, rest.slice(0, consumed).join('/')), score: score - 2 };
    }
    const segment = rest[consumed];
    if (segment === undefined) return null;
    if (part.startsWith(':')) {
      params[part.slice(1)] = decode(segment);
      score += 3;
    } else if (part.toLowerCase() === segment.toLowerCase()) {
      score += 10;
    } else {
      return null;
    }
    consumed += 1;
  }
  if (end && consumed < rest.length) return null;
  return { params, base: joinPaths(base, rest.slice(0, consumed).join('/')), score };
}

/** Whether `to` is the current page (or, without `end`, one of its ancestors). */
export function isActivePath(to: string, pathname: string, end: boolean): boolean {
  const target = segmentsOf(new URL(to, 'http://tab.invalid').pathname).map((s) => s.toLowerCase());
  const current = segmentsOf(pathname).map((s) => s.toLowerCase());
  if (end ? current.length !== target.length : current.length < target.length) return false;
  return target.every((segment, i) => segment === current[i]);
}
