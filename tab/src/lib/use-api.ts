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
 * Runs `load` when the component mounts and whenever `deps` change, and tracks loading, error
 * and data. Stale answers (from an earlier render or after unmount) are dropped.
 */
export function useApi<T>(load: ApiLoader<T>, deps: DependencyList = []): UseApiResult<T> {
  const client = useApiClient();
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The latest loader, without making its identity (a new closure each render) a dependency.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
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
