import type { Request, Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { needsAdmin } from '../../domain/environments/notifications.js';
import { STATUS_LABEL } from '../../domain/environments/state-machine.js';
import { ENVIRONMENT_TYPES, REQUEST_STATUSES, type EnvironmentRequest } from '../../domain/environments/types.js';
import { userChange, type ChangeContext, type UserChange } from '../../domain/identity/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { previewDraft } from '../../domain/environments/preview.js';

const text = (max: number) => z.string().max(max).optional();
const count = z.union([z.string().max(20), z.number()]).optional();
const draft = z
  .object({
    submissionKey: z.string().min(8).max(64),
    displayName: text(200),
    type: text(40),
    region: text(60),
    justification: text(4000),
    dataverse: z.union([z.boolean(), z.string().max(10)]).optional(),
    languageLcid: count,
    currencyCode: text(10),
    securityGroupId: text(80),
    dataClassification: text(40),
    expectedUsers: count,
    durationDays: count,
  })
  .strict();
// The preview takes the same draft, without the form instance key (nothing is created).
const previewDraftBody = draft.omit({ submissionKey: true });
const idParam = z.object({ id: z.string().uuid('must be a request id') });
const comment = z.object({ comment: z.string().max(2000).optional() }).strict();
const extension = z.object({ days: z.number().int(), reason: z.string().max(2000) }).strict();
const provisioned = z.object({ environmentUrl: z.string().max(400), environmentId: z.string().max(100).optional() }).strict();
const listQuery = z.object({
  status: z.string().max(400).optional(),
  type: z.enum(ENVIRONMENT_TYPES).optional(),
  q: z.string().max(100).optional(),
  attention: z.enum(['true', 'false']).optional(),
});

/** A request as the tab shows it (no concurrency counters or delivery flags). */
export function requestJson(r: EnvironmentRequest) {
  const { version: _v, adminCardPosted: _p, expiryWarnedAt: _w, decidedBy: _d, ...visible } = r;
  return { ...visible, statusLabel: STATUS_LABEL[r.status], needsAdmin: needsAdmin(r) };
}

/** The tab's environment-request API: the maker's own requests, and the admins' approvals and list. */
export function mountEnvironments(server: Server, services: Services, auth: TabAuthenticator): void {
  const service = services.environments.service;
  const route = (access: RouteAccess, handler: (req: Request, ctx: UserChange) => Promise<unknown>) =>
    apiRoute(auth, services.logger, access, ({ req, principal, correlationId }) => handler(req, userChange(principal, correlationId)));
  const id = (req: Request) => parseInput(idParam, req.params).id;

  server.get('/api/environments/options', route(signedIn(), async () => service.formOptions()));
  // Read-only: evaluates the policy for the draft as typed (caps, auto-approve rules); creates and audits nothing.
  server.post('/api/environments/preview', route(signedIn(), async (req, ctx) => ({ preview: await previewDraft(services.environments.service.context, ctx.actor.principal, parseInput(previewDraftBody, req.body)) })));
  server.get('/api/environments/requests', route(signedIn(), async (_req, ctx) => ({ requests: (await service.listMine(ctx.actor, 100)).map(requestJson) })));
  server.post(
    '/api/environments/requests',
    route(signedIn(), async (req, ctx) => {
      const { submissionKey, ...values } = parseInput(draft, req.body);
      const { request, created } = await service.submit(ctx, values, submissionKey);
      return { request: requestJson(request), created };
    }),
  );
  server.get(
    '/api/environments/requests/:id',
    route(signedIn('environment-request'), async (req, ctx) => {
      const { request, history } = await service.detail(ctx, id(req));
      return { request: requestJson(request), history };
    }),
  );
  server.post('/api/environments/requests/:id/cancel', route(signedIn('environment-request'), async (req, ctx) => ({ request: requestJson(await service.cancel(ctx, id(req))) })));
  server.post(
    '/api/environments/requests/:id/extension',
    route(signedIn('environment-request'), async (req, ctx) => {
      const body = parseInput(extension, req.body);
      return { request: requestJson(await service.requestExtension(ctx, id(req), body.days, body.reason)) };
    }),
  );

  server.get(
    '/api/admin/environments/requests',
    route(coeAdmins('environment.list', entityOf('environment-request')), async (req, ctx) => {
      const query = parseInput(listQuery, req.query);
      const status = query.status?.split(',').filter((s): s is EnvironmentRequest['status'] => (REQUEST_STATUSES as readonly string[]).includes(s));
      const requests = await service.listAll(ctx.actor, { status, type: query.type, search: query.q?.trim() || undefined, limit: 300 });
      return { requests: requests.filter((r) => query.attention !== 'true' || needsAdmin(r)).map(requestJson) };
    }),
  );
  const decide = (path: string, act: (ctx: ChangeContext, requestId: string, req: Request) => Promise<EnvironmentRequest>) =>
    server.post(`/api/admin/environments/requests/:id/${path}`, route(coeAdmins(`environment.${path.replace('/', '.')}`, entityOf('environment-request')), async (req, ctx) => ({ request: requestJson(await act(ctx, id(req), req)) })));
  decide('approve', (ctx, rid, req) => service.approve(ctx, rid, parseInput(comment, req.body).comment));
  decide('reject', (ctx, rid, req) => service.reject(ctx, rid, parseInput(comment, req.body).comment));
  decide('provisioned', (ctx, rid, req) => {
    const body = parseInput(provisioned, req.body);
    return service.markProvisioned(ctx, rid, body.environmentUrl, body.environmentId);
  });
  decide('retry', (ctx, rid) => service.retry(ctx, rid));
  decide('extension/approve', (ctx, rid, req) => service.decideExtension(ctx, rid, true, parseInput(comment, req.body).comment));
  decide('extension/reject', (ctx, rid, req) => service.decideExtension(ctx, rid, false, parseInput(comment, req.body).comment));
}
