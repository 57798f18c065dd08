import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { auditCsv, auditView } from '../../domain/privacy/audit-view.js';
import { RETENTION_LABELS } from '../../domain/privacy/retention-policy.js';
import { say } from '../../domain/shared/error-text.js';
import { NotFoundError, ValidationError } from '../../domain/shared/errors.js';
import { userActor, userChange } from '../../domain/identity/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf, signedIn } from './access.js';
import { ApiFile, apiRoute, parseInput } from './api-route.js';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an Entra object id (GUID)');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const personParams = z.object({ tenantId: guid, aadObjectId: guid });

/** A person of the admin's own tenant: an admin of one tenant learns nothing of another's people (404, as for nobody). */
function ownTenant(ref: { tenantId: string }, principal: { user: { tenantId: string } }): void {
  if (ref.tenantId !== principal.user.tenantId) throw new NotFoundError(say('errors.privacy.personUnknown'));
}
const auditQuery = z.object({
  person: guid.optional(),
  action: z.string().trim().max(80).optional(),
  from: day.optional(),
  to: day.optional(),
  format: z.enum(['json', 'csv']).default('json'),
  limit: z.coerce.number().int().min(1).max(5000).default(200),
});
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
const download = (name: string, body: unknown) => new ApiFile('application/json; charset=utf-8', name, `${JSON.stringify(body, null, 2)}\n`);

/** A person's own export; the coe-admins' control room: people, export, erasure, audit log, retention. */
export function mountPrivacy(server: Server, services: Services, auth: TabAuthenticator): void {
  const { privacy, identity } = services;

  server.get(
    '/api/me/export',
    apiRoute(auth, services.logger, signedIn(), async ({ principal }) => download('my-maker-hub-data.json', await privacy.exportMine(principal))),
  );

  server.get(
    '/api/admin/people',
    apiRoute(auth, services.logger, coeAdmins('person.search', entityOf('people')), async ({ req, principal }) => {
      const { q } = parseInput(z.object({ q: z.string().trim().min(2, 'Type at least two letters.').max(120) }), req.query);
      const people = await privacy.searchPeople(userActor(principal), q, principal.user.tenantId);
      return {
        people: await Promise.all(people.map(async (u) => ({ tenantId: u.tenantId, aadObjectId: u.aadObjectId, displayName: u.displayName, email: u.email, department: u.department, roles: (await identity.principalOf(u.id)).roles }))),
      };
    }),
  );

  server.get(
    '/api/admin/people/:tenantId/:aadObjectId/export',
    apiRoute(auth, services.logger, coeAdmins('person.export', entityOf('person', 'aadObjectId')), async ({ req, principal }) => {
      const ref = parseInput(personParams, req.params);
      ownTenant(ref, principal);
      return download(`maker-hub-person-${ref.aadObjectId}.json`, await privacy.exportPerson(userActor(principal), ref));
    }),
  );

  server.post(
    '/api/admin/people/:tenantId/:aadObjectId/erase',
    apiRoute(auth, services.logger, coeAdmins('person.erase', entityOf('person', 'aadObjectId')), async ({ req, principal, correlationId }) => {
      const ref = parseInput(personParams, req.params);
      ownTenant(ref, principal);
      const { confirm } = parseInput(z.object({ confirm: z.string({ required_error: 'Type the person’s name to confirm.' }) }).strict(), req.body);
      const user = await identity.findUser(ref);
      if (!user || user.aadObjectId.startsWith('erased:')) throw new NotFoundError(say('errors.privacy.personUnknown'));
      if (confirm.trim() !== user.displayName.trim()) throw new ValidationError(say('errors.server.nameMismatch'), { confirm: say('errors.server.nameMismatchField', { name: user.displayName }) });
      const report = await privacy.erase(userChange(principal, correlationId), ref);
      return { erased: true, pseudonym: report.pseudonym, rows: report.rows, compacted: report.compacted };
    }),
  );

  server.get(
    '/api/admin/audit',
    apiRoute(auth, services.logger, coeAdmins('audit.list', entityOf('audit')), async ({ req, principal }) => {
      const q = parseInput(auditQuery, req.query);
      if (q.from && q.to && q.from > q.to) throw new ValidationError(say('errors.server.daysOrder'), { from: say('errors.server.daysOrderField') });
      const entries = await privacy.searchAudit(
        userActor(principal),
        { person: q.person ? { tenantId: principal.user.tenantId, aadObjectId: q.person } : undefined, action: q.action || undefined, from: q.from ? `${q.from}T00:00:00.000Z` : undefined, to: q.to ? nextDay(q.to) : undefined, limit: q.limit ?? 200 },
      );
      const view = await auditView(entries, (id) => services.identity.userById(id));
      if (q.format === 'csv') return new ApiFile('text/csv; charset=utf-8', `maker-hub-audit${q.from ? `-${q.from}` : ''}${q.to ? `-to-${q.to}` : ''}.csv`, auditCsv(view));
      return { entries: view };
    }),
  );

  server.get(
    '/api/admin/retention',
    apiRoute(auth, services.logger, coeAdmins('retention.view', entityOf('retention')), async ({ principal, correlationId }) => {
      const result = await privacy.retention(userChange(principal, correlationId), false);
      return { rules: (Object.keys(RETENTION_LABELS) as Array<keyof typeof RETENTION_LABELS>).map((kind) => ({ kind, label: RETENTION_LABELS[kind], days: result.policy[kind], cutoff: result.cutoffs[kind] ?? null, due: result.counts[kind] })) };
    }),
  );
}
