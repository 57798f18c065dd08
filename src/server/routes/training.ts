import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { userActor, userChange } from '../../domain/identity/types.js';
import type { PathWithProgress, TrainingOverview } from '../../domain/training/service.js';
import type { TrainingModule, TrainingPath } from '../../domain/training/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { mountTrainingOpen } from './training-open.js';

/** What the tab shows of a path for a maker: active modules, each marked done or not, and the progress. */
export function pathDto({ path, progress }: PathWithProgress, started: ReadonlySet<string> = new Set()) {
  const done = new Set(progress.doneModuleIds);
  return {
    id: path.id,
    slug: path.slug,
    title: path.title,
    summary: path.summary,
    audience: path.audience,
    level: path.level,
    modules: path.modules.map((m) => ({ ...moduleDto(m), done: done.has(m.id), started: done.has(m.id) || started.has(m.id) })),
    progress: { done: progress.done, total: progress.total, percent: progress.percent, nextModuleId: progress.nextModuleId, completedAt: progress.completedAt },
  };
}

/**
 * Home's training suggestion and no more: the recommended path's title and progress and its next
 * module (about 0.3 KB), where the whole overview with every path and module is about 6 KB.
 */
export function recommendedDto({ paths, recommendation }: TrainingOverview) {
  const found = recommendation === null ? undefined : paths.find((p) => p.path.id === recommendation.pathId);
  if (recommendation === null || found === undefined) return null;
  const { path, progress } = found;
  const next = path.modules.find((m) => m.id === progress.nextModuleId);
  return {
    reason: recommendation.reason,
    because: recommendation.because,
    path: { id: path.id, title: path.title },
    progress: { done: progress.done, total: progress.total, percent: progress.percent },
    next: next === undefined ? null : { title: next.title, kind: next.kind, minutes: next.minutes },
  };
}

function moduleDto(m: TrainingModule) {
  return { id: m.id, position: m.position, title: m.title, description: m.description, url: m.url, minutes: m.minutes, kind: m.kind, retiredAt: m.retiredAt };
}

/** A module as the admin page edits it: with the version an edit of it names. */
function adminModuleDto(m: TrainingModule) {
  return { ...moduleDto(m), version: m.version };
}

/** What the admin page edits: every path and module, retired ones included, each with its version. */
export function adminPathDto(p: TrainingPath) {
  return { id: p.id, slug: p.slug, title: p.title, summary: p.summary, audience: p.audience, level: p.level, position: p.position, retiredAt: p.retiredAt, version: p.version, modules: p.modules.map(adminModuleDto) };
}

const id = z.object({ id: z.string().min(1).max(64) });
const idList = z.array(z.string().min(1).max(64)).min(1).max(200);
/** A reorder: the new order and the order it was based on (what the admin saw). */
const order = z.object({ ids: idList, basedOn: idList }).strict();
/** The version an edit was based on, as the last read returned it. */
const version = z.number().int().min(1);
const text = (max: number) => z.string().max(max);
const moduleBody = z.object({ title: text(200), description: text(2000).optional(), url: text(2100), minutes: z.union([z.number(), z.string()]), kind: text(20) }).strict();
const pathBody = z
  .object({ slug: text(80).optional(), title: text(200), summary: text(1000).optional(), audience: text(40), level: text(40), modules: z.array(moduleBody).max(100).optional() })
  .strict();
const pathPatch = pathBody.omit({ modules: true }).partial().extend({ version }).strict();
const modulePatch = moduleBody.partial().extend({ version }).strict();
const retired = z.object({ retired: z.boolean() }).strict();

/** Training for makers (paths, progress) and coe-admins (editing); the services check roles and audit. */
export function mountTraining(server: Server, services: Services, auth: TabAuthenticator): void {
  const route = (access: RouteAccess, handler: Parameters<typeof apiRoute>[3]) => apiRoute(auth, services.logger, access, handler);
  const training = services.training;

  server.get('/api/training', route(signedIn(), async ({ principal }) => {
    const { paths, recommendation } = await training.overview(principal);
    const started = new Set(await training.starts.startedOf(principal));
    return { paths: paths.map((p) => pathDto(p, started)), recommendation };
  }));

  server.get('/api/training/recommended', route(signedIn(), async ({ principal }) => ({ recommended: recommendedDto(await training.overview(principal)) })));

  server.get('/api/training/paths/:id', route(signedIn(), async ({ req, principal }) => pathDto(await training.path(principal, parseInput(id, req.params).id), new Set(await training.starts.startedOf(principal)))));

  mountTrainingOpen(server, services, auth);

  server.put('/api/training/modules/:id/done', route(signedIn(), async ({ req, principal, correlationId }) => {
    const { done } = parseInput(z.object({ done: z.boolean() }).strict(), req.body);
    const outcome = await training.setDone(userChange(principal, correlationId), parseInput(id, req.params).id, done);
    return { path: pathDto(outcome, new Set(await training.starts.startedOf(principal))), changed: outcome.changed, completedNow: outcome.completedNow };
  }));

  server.get('/api/admin/training/paths', route(coeAdmins('training.admin.list', entityOf('training-path')), async ({ principal }) => ({ paths: (await training.admin.list(userActor(principal))).map(adminPathDto) })));

  server.post('/api/admin/training/paths', route(coeAdmins('training.path.create', entityOf('training-path')), async ({ req, principal, correlationId }) => adminPathDto(await training.admin.createPath(userChange(principal, correlationId), parseInput(pathBody, req.body)))));

  server.put('/api/admin/training/paths/order', route(coeAdmins('training.path.reorder', entityOf('training-path')), async ({ req, principal, correlationId }) => {
    const { ids, basedOn } = parseInput(order, req.body);
    return { paths: (await training.admin.reorderPaths(userChange(principal, correlationId), ids, basedOn)).map(adminPathDto) };
  }));

  server.get('/api/admin/training/paths/:id', route(coeAdmins('training.admin.list', entityOf('training-path')), async ({ req, principal }) => adminPathDto(await training.admin.get(userActor(principal), parseInput(id, req.params).id))));

  server.patch('/api/admin/training/paths/:id', route(coeAdmins('training.path.update', entityOf('training-path')), async ({ req, principal, correlationId }) => {
    const { version: basedOn, ...changes } = parseInput(pathPatch, req.body);
    return adminPathDto(await training.admin.updatePath(userChange(principal, correlationId), parseInput(id, req.params).id, changes, basedOn));
  }));

  server.post('/api/admin/training/paths/:id/retire', route(coeAdmins('training.path.retire', entityOf('training-path')), async ({ req, principal, correlationId }) =>
    adminPathDto(await training.admin.setPathRetired(userChange(principal, correlationId), parseInput(id, req.params).id, parseInput(retired, req.body).retired)),
  ));

  server.post('/api/admin/training/paths/:id/modules', route(coeAdmins('training.module.create', entityOf('training-path')), async ({ req, principal, correlationId }) => {
    const pathId = parseInput(id, req.params).id;
    await training.admin.addModule(userChange(principal, correlationId), pathId, parseInput(moduleBody, req.body));
    return adminPathDto((await training.admin.list(userActor(principal))).find((p) => p.id === pathId)!);
  }));

  server.put('/api/admin/training/paths/:id/modules/order', route(coeAdmins('training.module.reorder', entityOf('training-path')), async ({ req, principal, correlationId }) => {
    const { ids, basedOn } = parseInput(order, req.body);
    return adminPathDto(await training.admin.reorderModules(userChange(principal, correlationId), parseInput(id, req.params).id, ids, basedOn));
  }));

  server.patch('/api/admin/training/modules/:id', route(coeAdmins('training.module.update', entityOf('training-module')), async ({ req, principal, correlationId }) => {
    const { version: basedOn, ...changes } = parseInput(modulePatch, req.body);
    return adminModuleDto(await training.admin.updateModule(userChange(principal, correlationId), parseInput(id, req.params).id, changes, basedOn));
  }));

  server.post('/api/admin/training/modules/:id/retire', route(coeAdmins('training.module.retire', entityOf('training-module')), async ({ req, principal, correlationId }) =>
    adminModuleDto(await training.admin.setModuleRetired(userChange(principal, correlationId), parseInput(id, req.params).id, parseInput(retired, req.body).retired)),
  ));
}
