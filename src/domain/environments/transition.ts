import { audit } from '../audit/audit.js';
import type { OutboundMessage } from '../delivery/types.js';
import type { ChangeContext } from '../identity/types.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { Repositories } from '../store.js';
import { requestEntity, type EnvironmentContext } from './context.js';
import { environmentOutcome } from '../inbox/notes.js';
import type { EnvironmentNote } from './headlines.js';
import { adminCardPost, adminCardUpdate, makerMessage, needsAdmin } from './notifications.js';
import type { RequestChanges } from './repository.js';
import { assertMove } from './state-machine.js';
import type { EnvironmentRequest, RequestStatus } from './types.js';
import { say, type Move } from '../shared/error-text.js';

/** One change of a request: where it goes, what else changes, and how it is audited and announced. */
export interface TransitionSpec {
  /** Null: the status stays (e.g. an extension is asked for). */
  to: RequestStatus | null;
  changes?: RequestChanges;
  /** Audit action, e.g. "environment.approve". */
  action: string;
  /** Words for a refusal: "This request can't be <what> any more". */
  what: Move;
  /** Told to the maker and shown on the admin card, as parts each card words in its reader's language. */
  note: EnvironmentNote;
  comment?: string | null;
  /** An intermediate step (approved → provisioning follows at once): audited, not announced. */
  silent?: boolean;
}

/** Loads a request inside a transaction, or says it does not exist. */
export async function load(tx: Repositories, id: string): Promise<EnvironmentRequest> {
  const request = await tx.environmentRequests.find(id);
  if (!request) throw new NotFoundError(say('errors.environments.notFound'));
  return request;
}

/**
 * The one way a request changes: checks the move, writes it (refusing a concurrent change),
 * audits it and queues the maker's notification and the admin card update — all in `tx`, so
 * they commit together or not at all.
 */
export async function transition(tx: Repositories, env: EnvironmentContext, ctx: ChangeContext, current: EnvironmentRequest, spec: TransitionSpec): Promise<EnvironmentRequest> {
  if (spec.to !== null) assertMove(current.status, spec.to, spec.what);
  const at = env.clock.now().toISOString();
  const changes: RequestChanges = { ...spec.changes, ...(spec.to !== null ? { status: spec.to } : {}) };
  if (!(await tx.environmentRequests.update(current.id, current.version, changes, at)))
    throw new ConflictError(say('errors.environments.changedMeanwhile'));
  let updated = await load(tx, current.id);
  if (!spec.silent) updated = await notify(tx, env, ctx, updated, spec.note);
  // The requester's inbox keeps the outcomes they wait for, whoever or whatever caused them.
  const outcome = spec.to !== null && spec.to !== current.status ? environmentOutcome(updated) : null;
  if (outcome) await tx.inbox.add(at, outcome);
  await audit(
    tx.audit,
    { clock: env.clock, correlationId: ctx.correlationId },
    ctx.actor,
    spec.action,
    requestEntity(current.id),
    { status: current.status, ...pick(current, changes) },
    { status: updated.status, ...pick(updated, changes), ...(spec.comment ? { comment: spec.comment } : {}) },
  );
  return updated;
}

function pick(request: EnvironmentRequest, changes: RequestChanges): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changes).filter((k) => k !== 'status' && k !== 'adminCardPosted').map((k) => [k, request[k as keyof EnvironmentRequest]]));
}

/** Queues what people must hear about a change; returns the request (with the admin card flag set if posted now). */
export async function notify(tx: Repositories, env: EnvironmentContext, ctx: ChangeContext, request: EnvironmentRequest, note: EnvironmentNote): Promise<EnvironmentRequest> {
  if (ctx.answeredInChat !== request.requesterId) {
    const chat = await tx.conversations.findPersonal(request.requesterId);
    // A maker who only ever used the tab has no chat with the bot: the tab shows the status.
    if (chat?.installed) await enqueue(tx, makerMessage(request, chat.id, note));
  }
  const channel = env.settings.approvalsConversationId;
  if (!channel) return request;
  if (request.adminCardPosted) {
    await enqueue(tx, adminCardUpdate(request, channel, note));
    return request;
  }
  if (!needsAdmin(request)) return request;
  const at = env.clock.now().toISOString();
  if (!(await tx.environmentRequests.update(request.id, request.version, { adminCardPosted: true }, at))) throw new ConflictError(say('errors.environments.changedAtOnce'));
  const posted = await load(tx, request.id);
  await enqueue(tx, adminCardPost(posted, channel, note));
  return posted;
}

/** Queues a message in the delivery engine's outbox, inside the caller's transaction. */
async function enqueue(tx: Repositories, message: OutboundMessage): Promise<void> {
  await tx.outbox.enqueue(message);
}
