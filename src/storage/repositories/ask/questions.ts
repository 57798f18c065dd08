import { sql, type Kysely, type Selectable } from 'kysely';
import type { QuestionRepository } from '../../../domain/ask/repository.js';
import type { AnswerSnapshot, FeedbackReason, QuestionChannel, QuestionFeedback, QuestionRecord } from '../../../domain/ask/questions.js';
import type { Database } from '../../schema.js';
import type { AskQuestionsTable } from '../../schema-ask.js';

function toRecord(r: Selectable<AskQuestionsTable>): QuestionRecord {
  return {
    id: r.id,
    askedAt: r.asked_at,
    userId: r.user_id,
    conversationId: r.conversation_id,
    threadId: r.thread_id,
    channel: r.channel as QuestionChannel,
    question: r.question,
    normalized: r.normalized,
    answered: Number(r.answered) === 1,
    confidence: Number(r.confidence),
    topSourcePath: r.top_source_path,
    topSourceTitle: r.top_source_title,
    snapshot: JSON.parse(r.answer_json) as AnswerSnapshot,
    feedback: r.feedback as QuestionFeedback | null,
    feedbackAt: r.feedback_at,
    escalated: Number(r.escalated) === 1,
    ticketId: r.ticket_id,
    feedbackReason: (r.feedback_reason ?? null) as FeedbackReason | null,
    feedbackNote: r.feedback_note ?? null,
  };
}

export class SqlQuestionRepository implements QuestionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(records: readonly QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.db
      .insertInto('ask_questions')
      .values(
        records.map((q) => ({
          id: q.id,
          asked_at: q.askedAt,
          user_id: q.userId,
          conversation_id: q.conversationId,
          thread_id: q.threadId,
          channel: q.channel,
          question: q.question,
          normalized: q.normalized,
          answered: q.answered ? 1 : 0,
          confidence: q.confidence,
          top_source_path: q.topSourcePath,
          top_source_title: q.topSourceTitle,
          composed_by: q.snapshot.composedBy,
          answer_json: JSON.stringify(q.snapshot),
          feedback: q.feedback,
          feedback_at: q.feedbackAt,
          escalated: q.escalated ? 1 : 0,
          ticket_id: q.ticketId,
        })),
      )
      .execute();
  }

  async find(id: string): Promise<QuestionRecord | undefined> {
    const row = await this.db.selectFrom('ask_questions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  }

  async setFeedback(id: string, feedback: QuestionFeedback, at: string): Promise<boolean> {
    const result = await this.db.updateTable('ask_questions').set({ feedback, feedback_at: at }).where('id', '=', id).where('feedback', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setFeedbackReason(id: string, reason: FeedbackReason, note: string | null): Promise<boolean> {
    const result = await this.db.updateTable('ask_questions').set({ feedback_reason: reason, feedback_note: note }).where('id', '=', id).where('feedback', '=', 'not-helpful').where('feedback_reason', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async listByUser(userId: string, limit: number): Promise<QuestionRecord[]> {
    const rows = await this.db.selectFrom('ask_questions').selectAll().where('user_id', '=', userId).orderBy('asked_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toRecord);
  }

  async snapshots(ids: readonly string[]): Promise<Map<string, AnswerSnapshot>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('ask_questions').select(['id', 'answer_json']).where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((r) => [r.id, JSON.parse(r.answer_json) as AnswerSnapshot]));
  }

  async markEscalated(id: string, ticketId: string): Promise<void> {
    await this.db.updateTable('ask_questions').set({ escalated: 1, ticket_id: ticketId }).where('id', '=', id).execute();
  }

  async gaps(since: string, limit: number) {
    const rows = await this.db
      .selectFrom('ask_questions')
      .select((eb) => ['normalized', eb.fn.max('question').as('example'), eb.fn.countAll<string | number>().as('n'), eb.fn.max('asked_at').as('last')])
      .where('asked_at', '>=', since)
      .where((eb) => eb.or([eb('answered', '=', 0), eb('feedback', '=', 'not-helpful')]))
      .groupBy('normalized')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('normalized')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ normalized: r.normalized, example: String(r.example), count: Number(r.n), lastAskedAt: String(r.last) }));
  }
}
