import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'restify';
import { ZodError, type ZodType } from 'zod';
import { say } from '../../domain/shared/error-text.js';
import { isDomainError, RateLimitedError, ValidationError } from '../../domain/shared/errors.js';
import { localizedError } from '../../i18n/domain-errors.js';
import { translatorFor } from '../../i18n/translator.js';
import type { Principal } from '../../domain/identity/types.js';
import type { Logger } from '../../logging.js';
import { TokenError, } from '../auth/sso-token.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { withAccess, type RouteAccess } from './access.js';
import { noneMatchHits, sendJsonWithEtag } from './json-etag.js';

export interface ApiContext {
  req: Request;
  principal: Principal;
  correlationId: string;
  logger: Logger;
}

/**
 * A handler's answer that is bytes to show (an uploaded picture): sent with exactly these headers
 * and a strong ETag, and as a 304 without a body when the caller already holds that version.
 */
export class ApiBytes {
  constructor(
    readonly headers: Readonly<Record<string, string>>,
    readonly etag: string,
    readonly content: Buffer,
  ) {}
}

/** Sends {@link ApiBytes} (also used by the anonymous card-picture route). */
export function sendBytes(req: Request, res: Response, body: ApiBytes): void {
  for (const [name, value] of Object.entries(body.headers)) res.setHeader(name, value);
  res.setHeader('ETag', body.etag);
  if (noneMatchHits(req.headers['if-none-match'], body.etag)) {
    res.status(304);
    res.end();
    return;
  }
  res.status(200);
  res.setHeader('Content-Length', body.content.length);
  res.end(body.content);
}

/** A handler's answer that is a file to download (CSV export) rather than JSON. */
export class ApiFile {
  constructor(
    readonly contentType: string,
    readonly filename: string,
    readonly content: string,
  ) {}
}

export function sendError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status);
  res.json({ error: { code, message, ...extra } });
}

/** Parses a request body (or query) with a schema; a failure is a 400 naming each bad field. */
export function parseInput<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fields = Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || 'body', i.message]));
  throw new ValidationError(say('errors.checkFields', { fields: Object.keys(fields).join(', ') }), fields);
}

/**
 * Wraps a tab API handler: authenticates the caller, enforces the route's access rule (a role
 * rule is checked and audited before the handler runs; object rules stay with the domain), runs
 * the handler, and turns every outcome into JSON — domain errors with their own status and
 * message, anything else a 500 with a reference id. The rule rides on the returned handler, so
 * the RBAC matrix test can read every route's rule from the live router.
 */
export function apiRoute(auth: TabAuthenticator, logger: Logger, access: RouteAccess, handler: (ctx: ApiContext) => Promise<unknown>) {
  if (access.kind !== 'signed-in' && access.kind !== 'roles') throw new Error(`apiRoute serves signed-in callers; use ${access.kind} routes elsewhere`);
  return withAccess(access, async (req: Request, res: Response): Promise<void> => {
    const correlationId = randomUUID();
    const route = req.getRoute();
    const log = logger.child({ req: correlationId, route: route?.path });
    let principal: Principal | undefined;
    try {
      principal = await auth(req);
      if (access.kind === 'roles') {
        const entity = access.entity?.(req.params ?? {}) ?? { type: 'api', id: `${req.method} ${String(route?.path ?? req.path())}` };
        await auth.requireRoles(principal, access.roles, access.action, entity);
      }
      const body = await handler({ req, principal, correlationId, logger: log });
      res.status(body === undefined ? 204 : 200);
      if (body instanceof ApiBytes) sendBytes(req, res, body);
      else if (body instanceof ApiFile) {
        res.setHeader('Content-Type', body.contentType);
        res.setHeader('Content-Disposition', `attachment; filename="${body.filename.replace(/[^\w.-]/g, '_')}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.end(body.content);
      } else if (body === undefined) res.end();
      else if (req.method === 'GET') sendJsonWithEtag(req, res, body);
      else res.json(body);
    } catch (error) {
      if (error instanceof TokenError) {
        log.info({ reason: error.reason }, 'tab API caller refused');
        return sendError(res, 401, 'unauthorized', error.message, { reason: error.reason });
      }
      if (isDomainError(error)) {
        if (error instanceof RateLimitedError) res.setHeader('Retry-After', String(error.retryAfterSeconds));
        // The tab's locale for this request, else the one last seen for this person.
        const { message, fields } = localizedError(error, translatorFor(req.header('x-locale') || principal?.user.locale));
        return sendError(res, error.status, error.code, message, error instanceof ValidationError ? { fields } : {});
      }
      if (error instanceof ZodError) return sendError(res, 400, 'invalid_input', 'The request was not understood.');
      log.error({ err: error }, 'tab API request failed');
      sendError(res, 500, 'internal', `Something went wrong on our side. Reference: ${correlationId}`, { correlationId });
    }
  });
}
