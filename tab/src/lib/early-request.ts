import type { ApiClient } from './api-client';
import type { ApiLoader } from './use-api';

const started = new Map<ApiLoader<unknown>, Promise<unknown>>();

/**
 * Starts `load` now, before React has rendered, for a component that will ask for it with
 * {@link fromEarly}: the first page's calls then run while the app's code is still starting and
 * side by side, instead of each waiting for the render that needs it (docs/tab-speed.md, round seven).
 */
export function startEarly<T>(client: ApiClient, load: ApiLoader<T>): void {
  const request = load(client, new AbortController().signal);
  // Whoever takes it handles a failure; until then it must not count as unhandled.
  request.catch(() => undefined);
  started.set(load as ApiLoader<unknown>, request);
}

/**
 * `load` for useApi, answered once by the request {@link startEarly} began, if any: a retry or a
 * later mount asks the server again.
 */
export function fromEarly<T>(load: ApiLoader<T>): ApiLoader<T> {
  return (client, signal) => {
    const early = started.get(load as ApiLoader<unknown>) as Promise<T> | undefined;
    if (early === undefined) return load(client, signal);
    started.delete(load as ApiLoader<unknown>);
    return early;
  };
}
