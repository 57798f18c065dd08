import type { ApiClient } from './api-client';
import type { ApiLoader, EarlyAnswer } from './use-api';

interface Started {
  readonly request: Promise<unknown>;
  answer?: { readonly data: unknown };
}

const started = new Map<ApiLoader<unknown>, Started>();

/**
 * Starts `load` now, before React has rendered, for a component that will ask for it with
 * {@link fromEarly}: the first page's calls then run while the app's code is still starting and
 * side by side, instead of each waiting for the render that needs it (docs/tab-speed.md, round seven).
 */
export function startEarly<T>(client: ApiClient, load: ApiLoader<T>): void {
  const entry: Started = { request: load(client, new AbortController().signal) };
  // A failure is left to whoever takes the request; until then it must not count as unhandled.
  entry.request.then((data) => (entry.answer = { data }), () => undefined);
  started.set(load as ApiLoader<unknown>, entry);
}

/**
 * `load` for useApi, answered once by the request {@link startEarly} began, if any: a component
 * that renders after its answer came starts with it (no loading render), one that renders sooner
 * waits for that same request. A retry or a later mount asks the server again.
 */
export function fromEarly<T>(load: ApiLoader<T>): ApiLoader<T> & EarlyAnswer<T> {
  const key = load as ApiLoader<unknown>;
  const loader: ApiLoader<T> = (client, signal) => {
    const entry = started.get(key);
    if (entry === undefined) return load(client, signal);
    started.delete(key);
    return entry.request as Promise<T>;
  };
  return Object.assign(loader, {
    answered: () => started.get(key)?.answer as { readonly data: T } | undefined,
    forget: () => void started.delete(key),
  });
}
