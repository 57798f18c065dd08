import { Children, isValidElement, useContext, useMemo, type ReactElement, type ReactNode } from 'react';
import { joinPaths, matchPattern, type Params } from './match';
import { RouteScopeContext, useRouter, type RouteScope } from './router-context';

export interface RouteProps {
  /** Relative to the enclosing route; `*` at the end takes the rest (a feature's own `<Routes>`). */
  readonly path?: string;
  /** Shown at the enclosing route's own address. */
  readonly index?: boolean;
  readonly element?: ReactNode;
  /** Nested routes: the element shows the matched one where it renders `<Outlet />`. */
  readonly children?: ReactNode;
}

/** Declares a route; `<Routes>` reads its props, it renders nothing by itself. */
export function Route(_props: RouteProps): null {
  return null;
}

/** One way down the route tree: the routes from the outermost to the leaf, and their joined path. */
interface Branch {
  readonly routes: readonly RouteProps[];
  readonly pattern: string;
  readonly index: boolean;
}

function branchesOf(children: ReactNode, parents: readonly RouteProps[] = [], parentPattern = ''): Branch[] {
  const branches: Branch[] = [];
  Children.forEach(children, (child) => {
    if (!isValidElement(child) || child.type !== Route) return;
    const route = (child as ReactElement<RouteProps>).props;
    const routes = [...parents, route];
    const pattern = joinPaths(parentPattern, route.path ?? '');
    if (route.children !== undefined && !route.index) branches.push(...branchesOf(route.children, routes, pattern));
    if (route.index || route.path !== undefined) branches.push({ routes, pattern, index: route.index === true });
  });
  return branches;
}

interface Matched {
  readonly branch: Branch;
  readonly params: Params;
  readonly base: string;
}

function bestMatch(branches: readonly Branch[], scope: RouteScope, pathname: string): Matched | null {
  let best: (Matched & { score: number }) | null = null;
  for (const branch of branches) {
    const match = matchPattern(branch.pattern, scope.base, pathname, true);
    if (match === null) continue;
    const score = match.score + (branch.index ? 2 : 0);
    if (best === null || score > best.score) best = { branch, params: { ...scope.params, ...match.params }, base: match.base, score };
  }
  return best;
}

/**
 * Shows the best-matching route for the current address below this point (static segments beat
 * parameters, which beat splats), or nothing when none matches. A route with a `*` hands the rest
 * of the address to the `<Routes>` inside its element.
 */
export function Routes({ children }: { readonly children: ReactNode }) {
  const { location } = useRouter();
  const scope = useContext(RouteScopeContext);
  const branches = useMemo(() => branchesOf(children), [children]);
  const matched = bestMatch(branches, scope, location.pathname);
  if (matched === null) return null;
  // Rendered from the leaf outwards: each route's element gets the one inside it as its outlet.
  let outlet: ReactNode = null;
  for (const route of [...matched.branch.routes].reverse()) {
    const inner: RouteScope = { base: matched.base, params: matched.params, outlet };
    outlet = <RouteScopeContext.Provider value={inner}>{route.element ?? <Outlet />}</RouteScopeContext.Provider>;
  }
  return outlet;
}

/** Where a layout route shows the matched child route. */
export function Outlet() {
  return useContext(RouteScopeContext).outlet;
}
