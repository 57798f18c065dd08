import { SpanKind, SpanStatusCode, context, trace, type Context } from '@opentelemetry/api';
import type { Request, Response, Server } from 'restify';

/** Ids in paths become `{id}`, so span names group by route rather than by record. */
const ID_SEGMENT = /\/(?:[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+|[0-9a-z]{20,}|19:[^/]+|a:[^/]+)(?=\/|$)/gi;

/** Each request's span context: body parsing runs in the socket's async context, which loses it. */
const contexts = new WeakMap<object, Context>();

/** The context of the request's span (the active one when the request has none), to nest work under it. */
export function requestContext(req: object): Context {
  return contexts.get(req) ?? context.active();
}

/**
 * One server span per HTTP request (Application Insights shows them as requests), with the bot
 * turn, SQL statements and Bot Connector calls made for it nested inside. Our own, rather than the
 * http auto-instrumentation, because that must load before Node's http module, which the app's
 * modules import long before the settings say whether telemetry is on.
 */
export function installRequestSpans(server: Server): void {
  const tracer = trace.getTracer('maker-hub');
  server.pre((req: Request, res: Response, next: () => void) => {
    const path = req.path();
    if (path.startsWith('/assets/')) return next();
    const span = tracer.startSpan(`${req.method} ${path.replace(ID_SEGMENT, '/{id}')}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': req.method, 'url.path': path },
    });
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(context.active(), span);
    contexts.set(req, active);
    context.with(active, next);
  });
}
