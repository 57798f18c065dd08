import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { GROUP_SEARCH_TEXT } from '../../domain/environments/group-search.js';
import { EVENT_LIMITS } from '../../domain/events/validation.js';
import { isValidTimeZone, parseLocalDateTime, zonedInstant } from '../../domain/events/zoned-time.js';
import { say, type ErrorText } from '../../domain/shared/error-text.js';
import { ValidationError } from '../../domain/shared/errors.js';
import { GraphError, type GraphClient } from '../../integrations/graph/index.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';
import { RateWindow } from './rate-window.js';

const meetingBody = z.object({ title: z.string().max(500), start: z.string().max(40), end: z.string().max(40), timeZone: z.string().max(80) }).strict();

const groupQuery = z
  .object({ q: z.string().trim().regex(GROUP_SEARCH_TEXT, 'Type 2 to 64 letters or digits of the group’s name (no quotes or colons).') })
  .strict();

/** The meeting's subject and UTC times from the event form's fields, with the form's field names in any message. */
function meetingTimes(body: z.infer<typeof meetingBody>): { subject: string; startDateTime: string; endDateTime: string } {
  const fields: Record<string, ErrorText> = {};
  const subject = body.title.trim();
  if (!subject) fields.title = say('errors.server.meetingTitle');
  else if (subject.length > EVENT_LIMITS.title) fields.title = say('errors.events.field.titleTooLong', { max: EVENT_LIMITS.title });
  const zoneOk = isValidTimeZone(body.timeZone.trim());
  if (!zoneOk) fields.timeZone = say('errors.events.field.timeZone');
  const start = parseLocalDateTime(body.start.trim());
  const end = parseLocalDateTime(body.end.trim());
  if (!start) fields.start = say('errors.events.field.start');
  if (!end) fields.end = say('errors.events.field.end');
  if (start && end && zoneOk) {
    const s = zonedInstant(start, body.timeZone.trim());
    const e = zonedInstant(end, body.timeZone.trim());
    if (e.getTime() <= s.getTime()) fields.end = say('errors.events.field.endAfterStart');
    if (!Object.keys(fields).length) return { subject, startDateTime: s.toISOString(), endDateTime: e.toISOString() };
  }
  throw new ValidationError(say('errors.checkFields', { fields: Object.keys(fields).join(', ') }), fields);
}

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
