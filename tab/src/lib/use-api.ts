import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import type { ApiClient } from './api-client';
import { useApiClient } from './api-client-context';
import { toApiError, type ApiError } from './api-error';

/** Where a request stands; components switch on `status`. */
export type ApiState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'success'; readonly data: T };

/** {@link ApiState} plus `retry`, which runs the request again (for the error's Retry button). */
export type UseApiResult<T> = ApiState<T> & { readonly retry: () => void };

/** A request: gets the client and an abort signal (the component may unmount or re-render). */
export type ApiLoader<T> = (client: ApiClient, signal: AbortSignal) => Promise<T>;

/**
 * A loader whose answer may already be here when the component first renders (lib/early-request.ts):
 * then the component starts with it instead of a loading render, and `forget` marks it used.
 */
export interface EarlyAnswer<T> {
  readonly answered: () => { readonly data: T } | undefined;
  readonly forget: () => void;
}

/**
 * Runs `load` when the component mounts and whenever `deps` change, and tracks loading, error
 * and data. Stale answers (from an earlier render or after unmount) are dropped.
 */
export function useApi<T>(load: ApiLoader<T> & Partial<EarlyAnswer<T>>, deps: DependencyList = []): UseApiResult<T> {
  const client = useApiClient();
  const [state, setState] = useState<ApiState<T>>(() => {
    const early = load.answered?.();
    return early === undefined ? { status: 'loading' } : { status: 'success', data: early.data };
  });
  // Started with an early answer: the first run of the effect (twice under StrictMode) keeps it.
  const early = useRef(state.status === 'success' ? { client, deps } : null);
  const [attempt, setAttempt] = useState(0);
  // The latest loader, without making its identity (a new closure each render) a dependency.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    const first = early.current;
    if (first !== null && attempt === 0 && first.client === client && first.deps.every((d, i) => Object.is(d, deps[i]))) {
      loadRef.current.forget?.();
      return undefined;
    }
    early.current = null;
    const controller = new AbortController();
    setState({ status: 'loading' });
    loadRef.current(client, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: toApiError(error) });
      },
    );
    return () => controller.abort();
    // `deps` are the caller's inputs, spread on purpose (like useEffect's own list).
  }, [client, attempt, ...deps]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
