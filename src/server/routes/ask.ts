import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { BotKnowledge } from '../../domain/ask/tickets/bot-knowledge.js';
import { actionsFor, TICKET_ACTIONS, type TicketAction } from '../../domain/ask/tickets/state-machine.js';
import { TICKET_STATES, type Ticket } from '../../domain/ask/tickets/types.js';
import { hasRole, type Principal, userChange } from '../../domain/identity/types.js';
import { say } from '../../domain/shared/error-text.js';
import { ValidationError } from '../../domain/shared/errors.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { entityOf, onlyRoles, signedIn, type RouteAccess } from './access.js';
import { apiRoute, parseInput } from './api-route.js';

/** parseInput for schemas with defaults (their input and output types differ). */
function input<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  return parseInput(schema as unknown as z.ZodType<z.output<S>>, value);
}
import { mountAskAdmin } from './ask-admin.js';

const id = z.object({ id: z.string().uuid('must be an id') });
const searchQuery = z.object({ q: z.string().trim().min(1, 'type something to search for').max(200), limit: z.coerce.number().int().min(1).max(20).default(10) });
const askBody = z.object({ question: z.string().trim().min(2, 'ask a question').max(1000) }).strict();
const feedbackBody = z.object({ helpful: z.boolean() }).strict();
const ticketsQuery = z.object({ scope: z.enum(['mine', 'all']).default('mine'), state: z.enum(TICKET_STATES as unknown as [string, ...string[]]).optional() });
const escalateBody = z.object({ details: z.string().max(4000).optional() }).strict();
const reasonBody = z.object({ reason: z.string().max(40), note: z.string().max(4000).optional() }).strict();
const replyBody = z.object({ message: z.string().max(4000) }).strict();
/** The FAQ editor's fields when an expert promotes an answer (checkFaqInput checks them as for any entry). */
const promoteEntry = z.object({ question: z.string().max(300), answer: z.string().max(8000), alternates: z.array(z.string().max(300)).max(20).default([]), tags: z.array(z.string().max(40)).max(19).default([]) }).strict();
const actionBody = z.object({ action: z.enum(TICKET_ACTIONS as unknown as [string, ...string[]]), answer: z.string().max(8000).optional(), entry: promoteEntry.optional() }).strict();

/** A ticket as the tab shows it, with the actions this caller may take now. */
function ticketView(ticket: Ticket, principal: Principal, knew: BotKnowledge | null = null) {
  const expert = hasRole(principal, 'expert', 'coe-admin');
  return { ...ticket, actions: expert ? actionsFor(ticket, principal.user.id) : [], botKnew: expert ? knew : null };
}

/** Tickets for this caller; experts also get what the bot told each maker (one query for all). */
async function ticketViews(services: Services, tickets: readonly Ticket[], principal: Principal) {
  const known = await services.ask.tickets.botKnowledge(principal, tickets);
  return tickets.map((t) => ticketView(t, principal, known.get(t.id) ?? null));
}
const oneView = async (services: Services, ticket: Ticket, principal: Principal) => (await ticketViews(services, [ticket], principal))[0]!;

/**
 * The Ask page's API: search, ask, feedback, escalate, and tickets (mine; all for experts), plus
 * the knowledge-base admin routes. Every rule (roles, states) is the services'; this only parses.
 */
export function mountAsk(server: Server, services: Services, auth: TabAuthenticator): void {
  const ask = services.ask;
  const route = (access: RouteAccess, handler: Parameters<typeof apiRoute>[3]) => apiRoute(auth, services.logger, access, handler);

  server.get(
    '/api/ask/search',
    route(signedIn(), async ({ req }) => {
      const { q, limit } = input(searchQuery, req.query);
      const { results, confidence } = await ask.knowledge.search(q, limit);
      return { query: q, confidence, answered: confidence >= ask.knowledge.threshold, results };
    }),
  );

  server.post(
    '/api/ask/questions',
    route(signedIn(), async ({ req, principal, correlationId }) => {
      const { question } = parseInput(askBody, req.body);
      const { record, answer } = await ask.questions.ask(userChange(principal, correlationId), { question, channel: 'tab' });
      return { questionId: record.id, question: record.question, answered: answer.answered, grade: answer.grade, confidence: answer.confidence, highConfidence: answer.highConfidence, answer: answer.answer, sources: answer.sources, closest: answer.closest, related: answer.related, composedBy: answer.composedBy };
    }),
  );

  server.post(
    '/api/ask/questions/:id/feedback',
    route(signedIn('question'), async ({ req, principal, correlationId }) => {
      const params = parseInput(id, req.params);
      const { helpful } = parseInput(feedbackBody, req.body);
      const { record, recorded } = await ask.questions.feedback(userChange(principal, correlationId), params.id, helpful ? 'helpful' : 'not-helpful');
      return { feedback: record.feedback, recorded };
    }),
  );

  server.post(
    '/api/ask/questions/:id/feedback/reason',
    route(signedIn('question'), async ({ req, principal, correlationId }) => {
      const params = parseInput(id, req.params);
      const body = parseInput(reasonBody, req.body);
      const record = await ask.questions.feedbackReason(userChange(principal, correlationId), params.id, body.reason, body.note ?? null);
      return { feedback: record.feedback, reason: record.feedbackReason ?? null, note: record.feedbackNote ?? null };
    }),
  );

  // The caller's own questions only: the query takes no person id, so none can be forged.
  server.get(
    '/api/ask/history',
    route(signedIn(), async ({ principal }) => ({ questions: (await services.ask.questions.history(principal)).map((q) => ({ ...q, ticket: q.ticket && ticketView(q.ticket, principal) })) })),
  );

  server.post(
    '/api/ask/tickets/:id/reply',
    route(signedIn('ticket'), async ({ req, principal, correlationId }) => {
      const params = parseInput(id, req.params);
      const { message } = parseInput(replyBody, req.body);
      return { ticket: ticketView(await ask.tickets.reply(userChange(principal, correlationId), params.id, message), principal) };
    }),
  );

  server.post(
    '/api/ask/questions/:id/escalate',
    route(signedIn('question'), async ({ req, principal, correlationId }) => {
      const params = parseInput(id, req.params);
      const { details } = parseInput(escalateBody, req.body ?? {});
      const result = await ask.tickets.escalate(userChange(principal, correlationId), params.id, details);
      return { ticket: ticketView(result.ticket, principal), created: result.created, expertsNotified: result.expertsNotified };
    }),
  );

  server.get(
    '/api/ask/tickets',
    route(signedIn(), async ({ req, principal }) => {
      const query = input(ticketsQuery, req.query);
      const tickets = await ask.tickets.list(principal, query.scope, { states: query.state ? [query.state as Ticket['state']] : undefined });
      return { scope: query.scope, canAct: hasRole(principal, 'expert', 'coe-admin'), tickets: await ticketViews(services, tickets, principal) };
    }),
  );

  server.get(
    '/api/ask/tickets/waiting-count',
    route(onlyRoles(['expert', 'coe-admin'], 'ask.ticket.count'), async ({ principal }) => ({ waiting: await ask.tickets.waitingCount(principal) })),
  );

  server.get(
    '/api/ask/tickets/:id',
    route(signedIn('ticket'), async ({ req, principal }) => ({ ticket: await oneView(services, await ask.tickets.find(principal, parseInput(id, req.params).id), principal) })),
  );

  server.post(
    '/api/ask/tickets/:id/actions',
    route(onlyRoles(['expert', 'coe-admin'], 'ask.ticket.act', entityOf('ticket')), async ({ req, principal, correlationId }) => {
      const params = parseInput(id, req.params);
      const body = input(actionBody, req.body);
      if (body.entry && body.action !== 'promote') throw new ValidationError(say('errors.server.entryOnlyPromote'), { entry: say('errors.server.entryOnlyPromoteField') });
      const ticket = await ask.tickets.act(userChange(principal, correlationId), params.id, body.action as TicketAction, { answer: body.answer, entry: body.entry });
      return { ticket: await oneView(services, ticket, principal) };
    }),
  );

  server.get(
    '/api/ask/faq',
    route(signedIn(), async () => ({ entries: (await ask.knowledge.contents()).entries })),
  );

  mountAskAdmin(server, services, auth);
}
