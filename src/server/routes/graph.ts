import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { GROUP_SEARCH_TEXT } from '../../domain/environments/group-search.js';
import { meetingTimes } from '../../domain/events/meeting-times.js';
import { say } from '../../domain/shared/error-text.js';
import { GraphError, type GraphClient } from '../../integrations/graph/index.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { RateWindow } from './rate-window.js';

const meetingBody = z.object({ title: z.string().max(500), start: z.string().max(40), end: z.string().max(40), timeZone: z.string().max(80) }).strict();

const groupQuery = z
  .object({ q: z.string().trim().regex(GROUP_SEARCH_TEXT, 'Type 2 to 64 letters or digits of the group’s name (no quotes or colons).') })
  .strict();

/**
 * The tab's Microsoft Graph helpers: whether Graph is set up, a Teams meeting for the event form
 * (coe-admins, organised by the admin) and the security-group search of the environment form
 * (signed-in makers, in their own tenant only, rate-limited per person). Nothing is stored: the
 * forms fill their fields and are saved as usual.
 */
export function mountGraph(server: Server, services: Services, auth: TabAuthenticator): void {
  const route = (access: RouteAccess, handler: Parameters<typeof apiRoute>[3]) => apiRoute(auth, services.logger, access, handler);
  const searches = new RateWindow(30, 60_000);
  const meetings = new RateWindow(10, 60_000);
  const graph = (): GraphClient => {
    if (!services.graph) throw new GraphError('not-configured', null);
    return services.graph;
  };

  server.get('/api/graph/features', route(signedIn(), async () => ({ onlineMeetings: services.graph !== null, groupSearch: services.graph !== null })));

  server.post('/api/admin/events/online-meeting', route(coeAdmins('event.meeting.create'), async ({ req, principal, logger }) => {
    const meeting = meetingTimes(parseInput(meetingBody, req.body));
    const client = graph();
    const { tenantId, aadObjectId } = principal.user;
    meetings.take(`${tenantId}/${aadObjectId}`, say('errors.server.meetingsRate'));
    const created = await client.createOnlineMeeting(tenantId, aadObjectId, meeting);
    logger.info({ meeting: created.id }, 'Teams meeting created for an event form');
    return { joinWebUrl: created.joinWebUrl };
  }));

  server.get('/api/environments/security-groups', route(signedIn(), async ({ req, principal }) => {
    const { q } = parseInput(groupQuery, req.query);
    const client = graph();
    const { tenantId, aadObjectId } = principal.user;
    searches.take(`${tenantId}/${aadObjectId}`, say('errors.server.searchesRate'));
    return { groups: await client.searchSecurityGroups(tenantId, q) };
  }));
}
