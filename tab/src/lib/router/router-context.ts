import { createContext, useContext, type ReactNode } from 'react';
import type { Params } from './match';
import type { NavigateOptions, RouterLocation } from './location';

export interface NavigateFunction {
  (to: string, options?: NavigateOptions): void;
  /** Back (-1) or forward (1) in the history, like the browser's buttons. */
  (delta: number): void;
}

export interface RouterState {
  readonly location: RouterLocation;
  readonly navigate: NavigateFunction;
}

export const RouterContext = createContext<RouterState | null>(null);

/** Where a `<Routes>` sits: the pathname its parent route consumed, its parameters, its child. */
export interface RouteScope {
  readonly base: string;
  readonly params: Params;
  readonly outlet: ReactNode;
}

export const RouteScopeContext = createContext<RouteScope>({ base: '/', params: {}, outlet: null });

export function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (router === null) throw new Error('Router hooks and links must be inside <BrowserRouter>.');
  return router;
}
