/** The address the tab shows, as the router hands it to pages (React Router's `Location` shape). */
export interface RouterLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  /** What `navigate(to, { state })` carried along; survives back/forward and a reload. */
  readonly state: unknown;
  /** Different for each history entry, so a page can tell two visits of one address apart. */
  readonly key: string;
}

export interface NavigateOptions {
  readonly replace?: boolean;
  readonly state?: unknown;
}

/** What the router keeps in `history.state`: the caller's state and the entry's key. */
interface EntryState {
  readonly usr?: unknown;
  readonly key?: string;
}

function entryState(): EntryState {
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null ? (state as EntryState) : {};
}

/** The browser's current address. */
export function readLocation(): RouterLocation {
  const { pathname, search, hash } = window.location;
  const entry = entryState();
  return { pathname, search, hash, state: entry.usr ?? null, key: entry.key ?? 'default' };
}

function newKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/**
 * Writes `to` (absolute, or relative to the current address) into the history. Returns false when
 * `to` leaves the tab's origin: then the browser loads it as a whole page.
 */
export function writeHistory(to: string, options: NavigateOptions = {}): boolean {
  const url = new URL(to, window.location.href);
  if (url.origin !== window.location.origin) {
    window.location.assign(url.href);
    return false;
  }
  const entry: EntryState = { usr: options.state, key: newKey() };
  const href = url.pathname + url.search + url.hash;
  if (options.replace) window.history.replaceState(entry, '', href);
  else window.history.pushState(entry, '', href);
  return true;
}
