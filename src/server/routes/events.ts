import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { parseRsvpResponse } from '../../domain/events/rsvp.js';
import { EVENT_TYPE_LABELS, EVENT_TYPES, type CommunityEvent } from '../../domain/events/types.js';
import { formatLocalDateTime } from '../../domain/events/zoned-time.js';
import { userChange } from '../../domain/identity/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { coeAdmins, entityOf, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';

/** An event as the tab shows it; `localStart`/`localEnd` are wall times in the event's zone, for the edit form. */
export function eventDto(e: CommunityEvent, services: Services) {
  const links = services.events.ctx.links;
  return {
    id: e.id,
    title: e.title,
    description: e.description,
    type: e.type,
    typeLabel: EVENT_TYPE_LABELS[e.type],
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    timeZone: e.timeZone,
    localStart: formatLocalDateTime(new Date(e.startsAt), e.timeZone),
    localEnd: formatLocalDateTime(new Date(e.endsAt), e.timeZone),
    meetingUrl: e.meetingUrl,
    location: e.location,
    capacity: e.capacity,
    audienceNote: e.audienceNote,
    status: e.status,
    cancelReason: e.cancelReason,
    version: e.version,
    calendarUrl: links.calendar(e.id),
  };
}

const idParam = z.object({ id: z.string().min(1).max(64) });
const listQuery = z
  .object({ when: z.enum(['upcoming', 'past']).default('upcoming'), type: z.enum(EVENT_TYPES).optional(), mine: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).optional() })
  .strict();
const draft = z
  .object({
    title: z.string().max(500),
    description: z.string().max(10_000).nullish(),
    type: z.string().max(40),
    start: z.string().max(40),
    end: z.string().max(40),
    timeZone: z.string().max(80),
    meetingUrl: z.string().max(3000).nullish(),
    location: z.string().max(1000).nullish(),
    capacity: z.number().int().nullish(),
    audienceNote: z.string().max(1000).nullish(),
  })
  .strict();

/** Community events for everyone (list, details, RSVP, feedback) and coe-admins (create, edit, cancel, announce). */
export function mountEvents(server: Server, services: Services, auth: TabAuthenticator): void {
  const route = (access: RouteAccess, handler: Parameters<typeof apiRoute>[3]) => apiRoute(auth, services.logger, access, handler);
  const events = services.events;

  server.get('/api/events', route(signedIn(), async ({ req, principal }) => {
    const q = parseInput(listQuery, req.query);
    const list = await events.list(principal, { when: q.when ?? 'upcoming', type: q.type, mine: q.mine === 'true', limit: q.limit });
    return { events: list.map((s) => ({ event: eventDto(s.event, services), counts: s.counts, mine: s.mine })) };
  }));

  server.get('/api/events/:id', route(signedIn(), async ({ req, principal }) => {
    const d = await events.detail(principal, parseInput(idParam, req.params).id);
    return { ...d, event: eventDto(d.event, services) };
  }));

  server.put('/api/events/:id/rsvp', route(signedIn(), async ({ req, principal, correlationId }) => {
    const { response } = parseInput(z.object({ response: z.string().max(20) }).strict(), req.body);
    const o = await events.respond(userChange(principal, correlationId), parseInput(idParam, req.params).id, parseRsvpResponse(response));
    return { standing: o.standing, changed: o.changed, counts: o.counts, waitlistPosition: o.waitlistPosition };
  }));

  server.put('/api/events/:id/feedback', route(signedIn(), async ({ req, principal, correlationId }) => {
    const body = parseInput(z.object({ rating: z.union([z.number(), z.string().max(2)]), comment: z.string().max(5000).nullish() }).strict(), req.body);
    const id = parseInput(idParam, req.params).id;
    await events.submitFeedback(userChange(principal, correlationId), id, body.rating, body.comment ?? '');
    return { feedback: (await events.detail(principal, id)).feedback };
  }));

  server.post('/api/admin/events', route(coeAdmins('event.create', entityOf('event')), async ({ req, principal, correlationId }) => eventDto(await events.create(userChange(principal, correlationId), parseInput(draft, req.body)), services)));

  server.put('/api/admin/events/:id', route(coeAdmins('event.update', entityOf('event')), async ({ req, principal, correlationId }) => {
    const body = parseInput(draft.extend({ version: z.number().int().optional() }).strict(), req.body);
    const { version, ...fields } = body;
    return eventDto(await events.update(userChange(principal, correlationId), parseInput(idParam, req.params).id, fields, version), services);
  }));

  server.post('/api/admin/events/:id/cancel', route(coeAdmins('event.cancel', entityOf('event')), async ({ req, principal, correlationId }) => {
    const { reason } = parseInput(z.object({ reason: z.string().max(2000).nullish() }).strict(), req.body);
    const { event } = await events.cancel(userChange(principal, correlationId), parseInput(idParam, req.params).id, reason ?? null);
    return eventDto(event, services);
  }));

  server.post('/api/admin/events/:id/announce', route(coeAdmins('event.announce', entityOf('event')), async ({ req, principal, correlationId }) => {
    const { conversationIds } = parseInput(z.object({ conversationIds: z.array(z.string().min(1).max(400)).max(100) }).strict(), req.body);
    return events.announce(userChange(principal, correlationId), parseInput(idParam, req.params).id, conversationIds);
  }));

  server.get('/api/admin/events/:id/channels', route(coeAdmins('event.announce-targets', entityOf('event')), async ({ req, principal, correlationId }) => {
    const id = parseInput(idParam, req.params).id;
    const targets = await events.announceTargets(userChange(principal, correlationId));
    const announced = await events.announcedIn(userChange(principal, correlationId), id);
    return {
      channels: targets.map((c) => ({ id: c.id, scope: c.scope, teamName: c.teamName, channelName: c.channelName, announced: announced.has(c.id) })),
    };
  }));

  server.get('/api/admin/events/:id/feedback', route(coeAdmins('event.feedback.read', entityOf('event')), async ({ req, principal, correlationId }) => {
    const list = await events.feedbackDetails(userChange(principal, correlationId), parseInput(idParam, req.params).id);
    return { feedback: list.map((f) => ({ displayName: f.displayName, rating: f.rating, comment: f.comment, submittedAt: f.submittedAt })) };
  }));
}
