import type { EntityRef } from '../../domain/audit/types.js';
import type { Role } from '../../domain/identity/types.js';

/** What a route's `:id` names, when the domain lets only some people see it (the RBAC matrix uses this). */
export type RouteSubject = 'environment-request' | 'ticket' | 'story' | 'story-image' | 'question' | 'inbox-item';

/**
 * Who may call a route: declared where the route is mounted, enforced by the server (see
 * apiRoute), and read back from the live router by the RBAC matrix test, so a route without a
 * rule cannot be added unnoticed.
 *
 * - `public`: no sign-in (health, legal pages, the calendar file); `reason` says why.
 * - `bot`: the Bot Framework's signed token (the bot endpoint; botbuilder checks it).
 * - `signed-in`: any person of an allowed tenant; `subject` says that `:id` names something the
 *   domain shows only to some people (another person's gets 404, not 403, so ids reveal nothing).
 * - `roles`: only these roles; refused with 403 and audited as `<action>.denied` before the handler runs.
 */
export type RouteAccess =
  | { readonly kind: 'public'; readonly reason: string }
  | { readonly kind: 'bot' }
  | { readonly kind: 'signed-in'; readonly subject?: RouteSubject }
  | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly action: string; readonly entity?: AuditEntity };

/** The audit entity of a refusal, in the domain's terms, from the route's path parameters (default: the route itself). */
export type AuditEntity = (params: Readonly<Record<string, string | undefined>>) => EntityRef;

export const publicAccess = (reason: string): RouteAccess => ({ kind: 'public', reason });
export const botAccess: RouteAccess = { kind: 'bot' };
export const signedIn = (subject?: RouteSubject): RouteAccess => (subject ? { kind: 'signed-in', subject } : { kind: 'signed-in' });
export const onlyRoles = (roles: readonly Role[], action: string, entity?: AuditEntity): RouteAccess => ({ kind: 'roles', roles, action, ...(entity ? { entity } : {}) });
export const coeAdmins = (action: string, entity?: AuditEntity): RouteAccess => onlyRoles(['coe-admin'], action, entity);
/** The audit entity `type` named by the route's `:param` (or `*`). */
export const entityOf =
  (type: string, param = 'id'): AuditEntity =>
  (params) => ({ type, id: params[param] ?? '*' });

const ACCESS = Symbol.for('maker-hub.route-access');

/** Tags a route handler with its rule (the rule travels with the handler into restify's router). */
export function withAccess<H extends object>(access: RouteAccess, handler: H): H {
  Object.defineProperty(handler, ACCESS, { value: access, enumerable: false });
  return handler;
}

/** The rule a mounted handler carries, if any. */
export function accessOf(handler: unknown): RouteAccess | undefined {
  return handler && (typeof handler === 'function' || typeof handler === 'object') ? ((handler as Record<symbol, RouteAccess | undefined>)[ACCESS] ?? undefined) : undefined;
}

/** One route of the live router with the rule its handler carries (undefined = no rule: a defect). */
export interface RouteRule {
  method: string;
  path: string;
  access: RouteAccess | undefined;
}

interface MountedRoute {
  method: string;
  path: string | RegExp;
  chain: { getHandlers(): unknown[] };
}

/** restify's router as it is (its typings say getRoutes() returns an array; it returns an object by name). */
interface Routed {
  router: { getRoutes(): unknown };
}

function mounted(server: Routed): MountedRoute[] {
  return Object.values(server.router.getRoutes() as Record<string, MountedRoute>);
}

/** The route table as the server really has it: every mounted route and its rule. */
export function routeTable(server: Routed): RouteRule[] {
  return mounted(server).map((route) => ({
    method: route.method.toUpperCase(),
    path: String(route.path),
    access: route.chain.getHandlers().map(accessOf).find((a) => a !== undefined),
  }));
}

/**
 * Declares the rule of a route mounted by code that does not tag its own handler (the static tab,
 * whose module belongs to the tab's serving): tags the route's handlers in the live router.
 */
export function declareAccess(server: Routed, method: string, path: string, access: RouteAccess): void {
  const route = mounted(server).find((r) => r.method.toUpperCase() === method && String(r.path) === path);
  if (!route) throw new Error(`declareAccess: no ${method} ${path} route is mounted`);
  for (const handler of route.chain.getHandlers()) if (handler && typeof handler === 'function' && !accessOf(handler)) withAccess(access, handler);
}
