import type { Kysely } from 'kysely';
import type { TicketRepository } from '../../../domain/ask/repository.js';
import type { NewTicket, Ticket, TicketChanges, TicketFilter, TicketState } from '../../../domain/ask/tickets/types.js';
import type { Database } from '../../schema.js';

const COLUMNS: Record<keyof TicketChanges, string> = {
  state: 'state',
  assigneeId: 'assignee_id',
  answer: 'answer',
  answeredById: 'answered_by',
  answeredAt: 'answered_at',
  closedAt: 'closed_at',
  kbEntryId: 'kb_entry_id',
  makerReply: 'maker_reply',
  makerReplyAt: 'maker_reply_at',
};

export class SqlTicketRepository implements TicketRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Tickets with the asker's, assignee's and answerer's names. */
  private select() {
    return this.db
      .selectFrom('ask_tickets as t')
      .innerJoin('users as a', 'a.id', 't.asker_id')
      .leftJoin('users as s', 's.id', 't.assignee_id')
      .leftJoin('users as w', 'w.id', 't.answered_by')
      .selectAll('t')
      .select(['a.display_name as asker_name', 's.display_name as assignee_name', 'w.display_name as answerer_name']);
  }

  private toTicket(r: Awaited<ReturnType<ReturnType<SqlTicketRepository['select']>['executeTakeFirstOrThrow']>>): Ticket {
    return {
      id: r.id,
      number: Number(r.number),
      questionId: r.question_id,
      askerId: r.asker_id,
      askerName: r.asker_name,
      question: r.question,
      conversationId: r.conversation_id,
      threadId: r.thread_id,
      state: r.state as TicketState,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      answer: r.answer,
      answeredById: r.answered_by,
      answeredByName: r.answerer_name,
      answeredAt: r.answered_at,
      closedAt: r.closed_at,
      kbEntryId: r.kb_entry_id,
      version: Number(r.version),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      details: r.details ?? null,
      makerReply: r.maker_reply ?? null,
      makerReplyAt: r.maker_reply_at ?? null,
    };
  }

  async nextNumber(): Promise<number> {
    const row = await this.db.selectFrom('ask_tickets').select((eb) => eb.fn.max('number').as('n')).executeTakeFirst();
    return Number(row?.n ?? 0) + 1;
  }

  async insert(t: NewTicket): Promise<Ticket> {
    await this.db
      .insertInto('ask_tickets')
      .values({
        id: t.id,
        number: t.number,
        question_id: t.questionId,
        asker_id: t.askerId,
        question: t.question,
        conversation_id: t.conversationId,
        thread_id: t.threadId,
        state: 'open',
        assignee_id: null,
        answer: null,
        answered_by: null,
        answered_at: null,
        closed_at: null,
        kb_entry_id: null,
        version: 1,
        created_at: t.createdAt,
        updated_at: t.createdAt,
        details: t.details ?? null,
      })
      .execute();
    const ticket = await this.find(t.id);
    if (!ticket) throw new Error('ticket insert lost its row');
    return ticket;
  }

  async find(id: string): Promise<Ticket | undefined> {
    const row = await this.select().where('t.id', '=', id).executeTakeFirst();
    return row && this.toTicket(row);
  }

  async findByQuestion(questionId: string): Promise<Ticket | undefined> {
    const row = await this.select().where('t.question_id', '=', questionId).executeTakeFirst();
    return row && this.toTicket(row);
  }

  async update(id: string, version: number, changes: TicketChanges, at: string): Promise<boolean> {
    const set: Record<string, unknown> = { updated_at: at, version: version + 1 };
    for (const [key, value] of Object.entries(changes) as Array<[keyof TicketChanges, unknown]>) set[COLUMNS[key]] = value;
    const result = await this.db.updateTable('ask_tickets').set(set).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async list(filter: TicketFilter): Promise<Ticket[]> {
    let q = this.select();
    if (filter.askerId) q = q.where('t.asker_id', '=', filter.askerId);
    if (filter.states?.length) q = q.where('t.state', 'in', filter.states);
    const rows = await q.orderBy('t.updated_at', 'desc').orderBy('t.number', 'desc').limit(filter.limit ?? 200).execute();
    return rows.map((r) => this.toTicket(r));
  }

  async count(states: readonly Ticket['state'][]): Promise<number> {
    if (!states.length) return 0;
    const row = await this.db.selectFrom('ask_tickets').select((eb) => eb.fn.countAll<number>().as('n')).where('state', 'in', [...states]).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
