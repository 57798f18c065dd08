import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { tableCsv } from '../../domain/insights/csv.js';
import { MAX_PERIOD_DAYS } from '../../domain/insights/period.js';
import { REPORT_TABLE_IDS } from '../../domain/insights/tables.js';
import { userActor } from '../../domain/identity/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, signedIn } from './access.js';
import { ApiFile, apiRoute, parseInput } from './api-route.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-23');
const periodQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  days: z.coerce.number().int().min(1).max(MAX_PERIOD_DAYS).optional(),
});
/** The audit entity of the dashboard (as the insights service names it). */
const DASHBOARD = () => ({ type: 'insights', id: 'dashboard' });
const exportQuery = periodQuery.extend({ table: z.enum(REPORT_TABLE_IDS) });

/**
 * Measure: the coe-admin dashboard (figures, tables, CSV export) and everyone's own activity.
 * The service checks the role (a refusal is a 403 and an audit record).
 */
export function mountInsights(server: Server, services: Services, auth: TabAuthenticator): void {
  const { insights, logger } = services;

  server.get(
    '/api/admin/insights',
    apiRoute(auth, logger, coeAdmins('insights.view', DASHBOARD), async ({ req, principal }) => insights.reportWithTables(userActor(principal), parseInput(periodQuery, req.query)),
  ));

  server.get(
    '/api/admin/insights/export.csv',
    apiRoute(auth, logger, coeAdmins('insights.view', DASHBOARD), async ({ req, principal }) => {
      const input = parseInput(exportQuery, req.query);
      const { report, table } = await insights.table(userActor(principal), input.table, input);
      return new ApiFile('text/csv; charset=utf-8', `maker-hub-${table.id}-${report.period.from}-to-${report.period.to}.csv`, tableCsv(table));
    }),
  );

  server.get(
    '/api/me/activity',
    apiRoute(auth, logger, signedIn(), async ({ req, principal }) => insights.myActivity(principal, parseInput(periodQuery, req.query))),
  );
}
