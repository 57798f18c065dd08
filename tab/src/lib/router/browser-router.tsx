import { startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readLocation, writeHistory, type NavigateOptions, type RouterLocation } from './location';
import type { Params } from './match';
import { RouteScopeContext, RouterContext, useRouter, type NavigateFunction, type RouterState } from './router-context';

/**
 * Keeps the tab's address in the browser's history (back, forward, deep links, reloads). A change
 * of page is a transition, as with React Router 7: while a lazy page's code arrives the current
 * page stays on screen instead of a spinner replacing it.
 */
export function BrowserRouter({ children }: { readonly children: ReactNode }) {
  const [location, setLocation] = useState<RouterLocation>(readLocation);
  useEffect(() => {
    const onPopState = () => startTransition(() => setLocation(readLocation()));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback(((to: string | number, options?: NavigateOptions) => {
    if (typeof to === 'number') {
      window.history.go(to);
      return;
    }
    if (writeHistory(to, options)) startTransition(() => setLocation(readLocation()));
  }) as NavigateFunction, []);
  const state = useMemo<RouterState>(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={state}>{children}</RouterContext.Provider>;
}

export function useLocation(): RouterLocation {
  return useRouter().location;
}

/** The same function for the life of the page, so it can sit in effect dependencies. */
export function useNavigate(): NavigateFunction {
  return useRouter().navigate;
}

/** The matched routes' parameters (`:id`; `*` for a splat's rest), decoded. */
export function useParams(): Params {
  return useContext(RouteScopeContext).params;
}

type SearchInit = URLSearchParams | string | Record<string, string>;

/** The query string as URLSearchParams, and a setter that writes a new one (`replace` to not add a history entry). */
export function useSearchParams(): [URLSearchParams, (next: SearchInit | ((prev: URLSearchParams) => SearchInit), options?: NavigateOptions) => void] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback(
    (next: SearchInit | ((prev: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const value = typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next;
      const search = new URLSearchParams(value).toString();
      navigate(`${window.location.pathname}${search === '' ? '' : `?${search}`}`, options);
    },
    [navigate],
  );
  return [params, set];
}
