// No imports, types included: the loaders are use-api's ApiLoader, the answer its EarlyAnswer, by
// shape, so the server's tests can import this file as it is (tests/tab/early-request.test.ts).
type Loader<C, T> = (client: C, signal: AbortSignal) => Promise<T>;

interface Started {
  readonly request: Promise<unknown>;
  answer?: { readonly data: unknown };
}

const started = new Map<Loader<never, unknown>, Started>();

/**
 * Starts `load` now, before React has rendered, for a component that will ask for it with
 * {@link fromEarly}: the first page's calls then run while the app's code is still starting and
 * side by side, instead of each waiting for the render that needs it (docs/tab-speed.md, round seven).
 */
export function startEarly<C, T>(client: C, load: Loader<C, T>): Promise<void> {
  const entry: Started = { request: load(client, new AbortController().signal) };
  started.set(load, entry);
  // A failure is left to whoever takes the request; until then it must not count as unhandled.
  return entry.request.then(
    (data) => void (entry.answer = { data }),
    () => undefined,
  );
}

/**
 * Resolves when every one of `requests` (startEarly's) has settled, or after `ms`, whichever is
 * first; never rejects. The first render waits on it so that, when the calls are quick, the page
 * is drawn once with its content instead of with loading states that are replaced a moment later.
 */
export function settledWithin(requests: readonly Promise<void>[], ms: number): Promise<void> {
  return Promise.race([Promise.all(requests).then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}

/**
 * `load` for useApi, answered once by the request {@link startEarly} began, if any: a component
 * that renders after its answer came starts with it (no loading render), one that renders sooner
 * waits for that same request. A retry or a later mount asks the server again.
 */
export function fromEarly<C, T>(load: Loader<C, T>) {
  const key: Loader<never, unknown> = load;
  const loader: Loader<C, T> = (client, signal) => {
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
