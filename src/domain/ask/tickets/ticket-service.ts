import { audit } from '../../audit/audit.js';
import { requireRole } from '../../identity/authorize.js';
import { hasRole, userActor, type ChangeContext, type Principal, type UserChange } from '../../identity/types.js';
import type { Clock } from '../../shared/clock.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import type { Repositories, Store } from '../../store.js';
import type { FaqService } from '../faq-service.js';
import { mayReactTo } from '../questions.js';
import type { FaqEntry } from '../types.js';
import { questionAnswered, ticketAssigned, ticketReplied } from '../../inbox/notes.js';
import { expertCardKey, expertCardPost, expertCardUpdate, makerAnswer } from './messages.js';
import { botKnowledgeFor, botKnowledgeOf, type BotKnowledge } from './bot-knowledge.js';
import { nextState, type TicketAction } from './state-machine.js';
import type { PromotedEntry, Ticket, TicketChanges } from './types.js';
import { say } from '../../shared/error-text.js';

export interface TicketSettings {
  /** The experts' channel (a stored conversation id); null = tickets are handled in the tab only. */
  expertsConversationId: string | null;
}

/** The answer typed into the card or the tab. */
export const MAX_ANSWER_CHARS = 8000;

/** The maker's details before escalating, and their reply to an answer. */
export const MAX_DETAILS_CHARS = 2000;

export interface EscalationResult {
  ticket: Ticket;
  /** False when the question had been escalated before (the existing ticket is returned). */
  created: boolean;
  /** Whether an expert card was queued for the experts' channel. */
  expertsNotified: boolean;
}

const ticketEntity = (id: string) => ({ type: 'ticket', id });
const EXPERTS: Array<'expert' | 'coe-admin'> = ['expert', 'coe-admin'];

/** Audited fields of a ticket (the answer by its length: the entry itself shows it). */
function auditView(t: Ticket) {
  return { state: t.state, assigneeId: t.assigneeId, answerLength: t.answer?.length ?? 0, kbEntryId: t.kbEntryId };
}

/** Who may see a ticket (the tab, the expert card): the person who asked, experts and coe-admins. */
export function mayViewTicket(ticket: Ticket, principal: Principal): boolean {
  return ticket.askerId === principal.user.id || hasRole(principal, ...EXPERTS);
}

/**
 * Tickets: questions handed to the CoE's experts. Every change is audited and announced through
 * the outbox in the same transaction (the experts' card is updated in place, the maker gets the
 * answer in their chat), so a crash never leaves a change without its messages or the reverse.
 */
export class TicketService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly faq: FaqService,
    private readonly settings: TicketSettings,
  ) {}

  get expertsConversationId(): string | null {
    return this.settings.expertsConversationId;
  }

  /** Hands a recorded question to the experts; asking twice returns the same ticket. */
  async escalate(change: UserChange, questionId: string, details?: string | null): Promise<EscalationResult> {
    const principal = change.actor.principal;
    const added = details?.trim() ? details.trim() : null;
    if (added && added.length > MAX_DETAILS_CHARS) throw new ValidationError(say('errors.ask.detailsTooLong', { max: MAX_DETAILS_CHARS }), { details: say('errors.ask.tooLong') });
    const question = await this.store.repos.askQuestions.find(questionId);
    if (!question) throw new NotFoundError(say('errors.ask.questionGone'));
    if (!mayReactTo(question, principal.user.id)) throw new ForbiddenError(say('errors.ask.onlyAskerEscalates'));
    const existing = await this.store.repos.askTickets.findByQuestion(questionId);
    if (existing) return { ticket: existing, created: false, expertsNotified: false };
    // Two escalations at once may pick the same number; the unique index refuses one, which retries.
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.store.transaction((tx) => this.open(tx, change, questionId, added));
      } catch (error) {
        const again = await this.store.repos.askTickets.findByQuestion(questionId);
        if (again) return { ticket: again, created: false, expertsNotified: false };
        if (attempt >= 3 || !/unique|duplicate|constraint/i.test(String((error as Error)?.message))) throw error;
      }
    }
  }

  private async open(tx: Repositories, change: ChangeContext, questionId: string, details: string | null): Promise<EscalationResult> {
    const actor = change.actor;
    const question = await tx.askQuestions.find(questionId);
    if (!question) throw new NotFoundError(say('errors.ask.questionGone'));
    const at = this.clock.now().toISOString();
    const ticket = await tx.askTickets.insert({
      id: newId(),
      number: await tx.askTickets.nextNumber(),
      questionId,
      askerId: question.userId ?? (actor.kind === 'user' ? actor.principal.user.id : ''),
      question: question.question,
      conversationId: question.conversationId,
      threadId: question.threadId,
      createdAt: at,
      details,
    });
    await tx.askQuestions.markEscalated(questionId, ticket.id);
    await audit(tx.audit, { clock: this.clock, correlationId: change.correlationId }, actor, 'ask.ticket.open', ticketEntity(ticket.id), null, { ...auditView(ticket), number: ticket.number, questionId });
    const experts = this.settings.expertsConversationId;
    if (experts) await tx.outbox.enqueue(expertCardPost(ticket, experts, question.snapshot && botKnowledgeOf(question.snapshot)));
    return { ticket, created: true, expertsNotified: !!experts };
  }

  /**
   * An expert's action on a ticket. Only experts and coe-admins may act (refusals are audited);
   * an action the ticket's state does not allow (a stale card, a second click) is refused with a
   * message saying what happened instead.
   */
  async act(change: ChangeContext, ticketId: string, action: TicketAction, input: { answer?: string; entry?: PromotedEntry } = {}): Promise<Ticket> {
    const actor = change.actor;
    await requireRole(this.store, this.clock, actor, EXPERTS, `ask.ticket.${action}`, ticketEntity(ticketId));
    const answer = input.answer?.trim() ?? '';
    if (action === 'answer' && !answer) throw new ValidationError(say('errors.ask.typeAnswer'), { answer: say('errors.ask.required') });
    if (answer.length > MAX_ANSWER_CHARS) throw new ValidationError(say('errors.ask.answerTooLong', { max: MAX_ANSWER_CHARS }), { answer: say('errors.ask.tooLong') });
    const me = actor.kind === 'user' ? actor.principal.user.id : null;
    const at = this.clock.now().toISOString();
    const outcome = await this.store.transaction(async (tx) => {
      const before = await tx.askTickets.find(ticketId);
      if (!before) throw new NotFoundError(say('errors.ask.ticketGone'));
      const state = nextState(before, action);
      const changes: TicketChanges = { state };
      let entry: FaqEntry | undefined;
      if (action === 'assign') changes.assigneeId = me;
      if (action === 'answer') Object.assign(changes, { answer, answeredById: me, answeredAt: at, assigneeId: before.assigneeId ?? me, closedAt: null });
      if (action === 'close') changes.closedAt = at;
      if (action === 'reopen') changes.closedAt = null;
      if (action === 'promote') {
        // The FAQ editor's wording when the expert edited it; else the maker's question and the answer as sent.
        const edited = input.entry ?? { question: before.question, answer: before.answer ?? '' };
        entry = await this.faq.addExpertAnswer(tx, change, { ...edited, id: `ticket-${before.number}`, ticketId: before.id, owner: before.answeredByName });
        changes.kbEntryId = entry.id;
      }
      if (!(await tx.askTickets.update(ticketId, before.version, changes, at))) throw new NotFoundError(say('errors.ask.ticketChangedCard'));
      const after = (await tx.askTickets.find(ticketId))!;
      await audit(tx.audit, { clock: this.clock, correlationId: change.correlationId }, actor, `ask.ticket.${action}`, ticketEntity(ticketId), auditView(before), auditView(after));
      await this.announce(tx, after, action);
      await this.inform(tx, before, after, action, me, at);
      const revision = entry ? await tx.kbDocuments.bumpRevision(at) : null;
      return { after, entry, revision };
    });
    if (outcome.entry && outcome.revision !== null) this.faq.indexed(outcome.entry, outcome.revision);
    return outcome.after;
  }

  /**
   * The maker answers back: their reply reopens an answered or closed ticket, the experts' card
   * shows it and the expert who answered finds it in their inbox. Only the asker may reply; for
   * anyone else the ticket does not exist.
   */
  async reply(change: UserChange, ticketId: string, message: string): Promise<Ticket> {
    const principal = change.actor.principal;
    const text = message.trim();
    if (!text) throw new ValidationError(say('errors.ask.typeReply'), { message: say('errors.ask.required') });
    if (text.length > MAX_DETAILS_CHARS) throw new ValidationError(say('errors.ask.replyTooLong', { max: MAX_DETAILS_CHARS }), { message: say('errors.ask.tooLong') });
    const at = this.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const before = await tx.askTickets.find(ticketId);
      if (!before || !mayViewTicket(before, principal)) throw new NotFoundError(say('errors.ask.ticketGone'));
      if (before.askerId !== principal.user.id) throw new ForbiddenError(say('errors.ask.onlyAskerReplies'));
      const state = nextState(before, 'reopen');
      if (!(await tx.askTickets.update(ticketId, before.version, { state, closedAt: null, makerReply: text, makerReplyAt: at }, at))) throw new NotFoundError(say('errors.ask.ticketChanged'));
      const after = (await tx.askTickets.find(ticketId))!;
      await audit(tx.audit, { clock: this.clock, correlationId: change.correlationId }, change.actor, 'ask.ticket.reply', ticketEntity(ticketId), auditView(before), { ...auditView(after), replyLength: text.length });
      await this.announce(tx, after, 'reopen');
      const expert = after.answeredById ?? after.assigneeId;
      if (expert && expert !== principal.user.id) await tx.inbox.add(at, ticketReplied(after, expert));
      return after;
    });
  }

  /** Updates the experts' card (when one was posted) and sends an answer to the maker. */
  private async announce(tx: Repositories, ticket: Ticket, action: TicketAction): Promise<void> {
    const posted = await tx.outbox.findByKey(expertCardKey(ticket.id));
    if (posted) await tx.outbox.enqueue(expertCardUpdate(ticket, posted.conversationId, (await botKnowledgeFor(tx.askQuestions, [ticket])).get(ticket.id)));
    if (action !== 'answer') return;
    const target = await this.answerTarget(tx, ticket);
    if (target) await tx.outbox.enqueue(makerAnswer(ticket, target));
  }

  /** The inbox items of the change, in its transaction: the asker's answer, a ticket someone else assigned to an expert. */
  private async inform(tx: Repositories, before: Ticket, after: Ticket, action: TicketAction, me: string | null, at: string): Promise<void> {
    if (action === 'answer' && after.askerId && after.askerId !== me) await tx.inbox.add(at, questionAnswered(after));
    if (after.assigneeId && after.assigneeId !== before.assigneeId && after.assigneeId !== me) await tx.inbox.add(at, ticketAssigned(after, after.assigneeId));
  }

  /** The maker's personal chat with the bot if there is one; else the thread the question was asked in. */
  private async answerTarget(tx: Repositories, ticket: Ticket): Promise<{ conversationId: string; replyToActivityId?: string | null } | undefined> {
    const personal = await tx.conversations.findPersonal(ticket.askerId);
    if (personal?.installed) return { conversationId: personal.id };
    if (ticket.conversationId) return { conversationId: ticket.conversationId, replyToActivityId: ticket.threadId };
    return undefined;
  }

  async find(principal: Principal, id: string): Promise<Ticket> {
    const ticket = await this.store.repos.askTickets.find(id);
    if (!ticket || !mayViewTicket(ticket, principal)) throw new NotFoundError(say('errors.ask.ticketGone'));
    return ticket;
  }

  /**
   * The ticket whoever asks, or undefined: for the cards in the experts' channel, which decide
   * per viewer what of it to show (anyone in the channel sees the bare ticket, experts its actions).
   */
  peek(id: string): Promise<Ticket | undefined> {
    return this.store.repos.askTickets.find(id);
  }

  /** Tickets waiting for an expert, oldest first: the `tickets` command's list, for experts only. */
  async oldestWaiting(principal: Principal, limit: number): Promise<Ticket[]> {
    await requireRole(this.store, this.clock, userActor(principal), EXPERTS, 'ask.ticket.list', ticketEntity('*'));
    const waiting = await this.store.repos.askTickets.list({ states: [...WAITING_STATES], limit: 200 });
    return [...waiting].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, limit);
  }

  /** `mine`: the person's own tickets; `all`: every ticket, for experts and coe-admins. */
  async list(principal: Principal, scope: 'mine' | 'all', filter: { states?: Ticket['state'][] } = {}): Promise<Ticket[]> {
    if (scope === 'all') {
      await requireRole(this.store, this.clock, userActor(principal), EXPERTS, 'ask.ticket.list', ticketEntity('*'));
      return this.store.repos.askTickets.list({ states: filter.states });
    }
    return this.store.repos.askTickets.list({ askerId: principal.user.id, states: filter.states });
  }

  /** What the bot told each ticket's maker (grade and sources offered), for experts only: empty for anyone else. */
  async botKnowledge(principal: Principal, tickets: readonly Ticket[]): Promise<Map<string, BotKnowledge>> {
    if (!hasRole(principal, ...EXPERTS)) return new Map();
    return botKnowledgeFor(this.store.repos.askQuestions, tickets);
  }

  /** Tickets waiting for an expert (new or reopened, nobody on them): the experts' badge. */
  async waitingCount(principal: Principal): Promise<number> {
    await requireRole(this.store, this.clock, userActor(principal), EXPERTS, 'ask.ticket.count', ticketEntity('*'));
    return this.store.repos.askTickets.count(WAITING_STATES);
  }
}

/** States in which a ticket waits for an expert to take it. */
export const WAITING_STATES: readonly Ticket['state'][] = ['open', 'reopened'];
