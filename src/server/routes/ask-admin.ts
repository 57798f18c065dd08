import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { userActor, userChange } from '../../domain/identity/types.js';
import { say } from '../../domain/shared/error-text.js';
import { ValidationError } from '../../domain/shared/errors.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf, onlyRoles, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';

/** parseInput for schemas with defaults (their input and output types differ). */
function input<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  return parseInput(schema as unknown as z.ZodType<z.output<S>>, value);
}

const faqBody = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and dashes').optional(),
    question: z.string().max(300),
    alternates: z.array(z.string().max(300)).max(20).default([]),
    answer: z.string().max(8000),
    tags: z.array(z.string().max(40)).max(20).default([]),
    owner: z.string().max(120).nullable().optional(),
    link: z.string().max(2000).nullable().optional(),
  })
  .strict();
const faqUpdate = faqBody.omit({ id: true }).extend({ version: z.number().int().min(1) }).strict();
const entryId = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be an entry id') });
const ingestBody = z.object({ folder: z.string().trim().min(1).max(500).default('.'), baseUrl: z.string().url().max(500).nullable().optional() }).strict();
/** The audit entity of the knowledge base as a whole. */
const KB = () => ({ type: 'knowledge-base', id: 'kb' });
const gapsQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30), limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Whether `target` is `base` or inside it (a folder named "..x" is inside; "../x" is not). */
function inside(base: string, target: string): boolean {
  const relative = path.relative(base, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function realOrSelf(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    // Missing or unreadable: the ingest itself says "not a folder I can read".
    return folder;
  }
}

/**
 * A folder the admin page may ingest: relative to KB_INGEST_ROOT and inside it, by name and by
 * where it really is: a symlinked folder pointing out of the root is refused like "..". The real
 * path is what gets read, so the check and the read agree. The tab must not be a way to read
 * arbitrary folders of the server.
 */
export function ingestFolder(root: string, folder: string): string {
  const refused = () => new ValidationError(say('errors.server.ingestRoot'), { folder: say('errors.server.ingestRootField') });
  const resolved = path.resolve(root, folder);
  if (!inside(path.resolve(root), resolved)) throw refused();
  const real = realOrSelf(resolved);
  if (!inside(realOrSelf(path.resolve(root)), real)) throw refused();
  return real;
}

/** Knowledge-base administration for coe-admins: FAQ editing, folder ingest, contents, knowledge gaps. */
export function mountAskAdmin(server: Server, services: Services, auth: TabAuthenticator): void {
  const ask = services.ask;
  const route = (access: RouteAccess, handler: Parameters<typeof apiRoute>[3]) => apiRoute(auth, services.logger, access, handler);

  server.get(
    '/api/admin/kb',
    route(coeAdmins('kb.list', KB), async () => {
      const { entries, documents } = await ask.knowledge.contents();
      return { ingestRoot: ask.config.ingestRoot, entries, documents, index: { passages: ask.kb.index.size, sources: ask.kb.index.sourceCount } };
    }),
  );

  server.post(
    '/api/admin/kb/faq',
    route(coeAdmins('kb.entry.create', entityOf('faq-entry')), async ({ req, principal, correlationId }) => ({ entry: await ask.faq.create(userChange(principal, correlationId), input(faqBody, req.body)) })),
  );

  server.put(
    '/api/admin/kb/faq/:id',
    route(coeAdmins('kb.entry.update', entityOf('faq-entry')), async ({ req, principal, correlationId }) => {
      const { id } = parseInput(entryId, req.params);
      const { version, ...entry } = input(faqUpdate, req.body);
      return { entry: await ask.faq.update(userChange(principal, correlationId), id, entry, version) };
    }),
  );

  server.del(
    '/api/admin/kb/faq/:id',
    route(coeAdmins('kb.entry.delete', entityOf('faq-entry')), async ({ req, principal, correlationId }) => {
      await ask.faq.remove(userChange(principal, correlationId), parseInput(entryId, req.params).id);
      return undefined;
    }),
  );

  server.post(
    '/api/admin/kb/ingest',
    // The role check (the route's rule) comes first: a maker learns nothing about the server's folders.
    route(coeAdmins('kb.ingest', KB), async ({ req, principal, correlationId }) => {
      const body = input(ingestBody, req.body);
      return ask.knowledge.ingest(userChange(principal, correlationId), ingestFolder(ask.config.ingestRoot, body.folder), { baseUrl: body.baseUrl ?? null });
    }),
  );

  server.get(
    '/api/admin/kb/gaps',
    route(onlyRoles(['coe-admin', 'expert'], 'kb.gaps', KB), async ({ req, principal }) => {
      const { days, limit } = input(gapsQuery, req.query);
      const since = new Date(services.clock.now().getTime() - days * 86_400_000).toISOString();
      return { since, gaps: await ask.knowledge.gaps(userActor(principal), since, limit) };
    }),
  );
}
