import { audit } from '../audit/audit.js';
import type { Principal, UserChange } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import { GroupCommit } from '../shared/group-commit.js';
import { newId } from '../shared/ids.js';
import type { Store } from '../store.js';
import { composeWithFallback, type AnswerComposer } from './composer.js';
import type { KnowledgeService } from './knowledge-service.js';
import type { SourceRanker } from './model-rerank.js';
import { questionHistory, type PastQuestion } from './question-history.js';
import { FEEDBACK_REASONS, MAX_FEEDBACK_NOTE_CHARS, mayReactTo, snapshotOf, type FeedbackReason, type QuestionChannel, type QuestionFeedback, type QuestionRecord } from './questions.js';
import type { KbAnswer } from './types.js';
import { say } from '../shared/error-text.js';

/** Longest question read; longer text is a paste, not a question, and is cut (the log keeps this much). */
export const MAX_QUESTION_CHARS = 1000;

/** A question and how to answer it; who asks comes with the change (`ask(change, input)`). */
export interface AskInput {
  question: string;
  channel: QuestionChannel;
  conversationId?: string | null;
  threadId?: string | null;
  /** Writes the answer with a language model when configured (bot/ai); retrieval answer otherwise. */
  composer?: AnswerComposer;
  composeTimeoutMs?: number;
  onComposeFallback?: (reason: string) => void;
  /** Lets a language model re-order the first ten sources (bot/ai), within rankTimeoutMs. */
  ranker?: SourceRanker;
  rankTimeoutMs?: number;
  onRankFallback?: (reason: string) => void;
}

/**
 * Asking and reacting to answers: every question is answered from the knowledge base and
 * recorded (question, normalized text, answered or not, best source, confidence), and so is the
 * 👍/👎 given to the answer. The KPI dashboard and the knowledge-gaps report read these records.
 */
export class AskService {
  /**
   * The question log is written in groups: turns asking at the same moment share one transaction
   * (one commit instead of one each), and each turn still replies only after its question is stored.
   */
  private readonly log: GroupCommit<QuestionRecord>;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly knowledge: KnowledgeService,
    options: { logGroupMs?: number } = {},
  ) {
    this.log = new GroupCommit(
      (records) =>
        this.store.transaction(async (tx) => {
          await tx.askQuestions.insert(records);
          await tx.activity.record(...records.flatMap((r) => (r.userId ? [{ kind: 'asked' as const, entityId: r.id, userId: r.userId, at: r.askedAt }] : [])));
        }),
      { windowMs: options.logGroupMs ?? 0 },
    );
  }

  async ask(change: UserChange, input: AskInput): Promise<{ record: QuestionRecord; answer: KbAnswer }> {
    const question = input.question.trim().slice(0, MAX_QUESTION_CHARS);
    const model = input.ranker ? { ranker: input.ranker, timeoutMs: input.rankTimeoutMs ?? 2500, onFallback: input.onRankFallback } : undefined;
    const retrieved = await this.knowledge.ask(question, model);
    const answer = await composeWithFallback(retrieved, this.knowledge.kb.index, input.composer, {
      timeoutMs: input.composeTimeoutMs ?? 8000,
      onFallback: input.onComposeFallback,
    });
    const top = answer.sources[0];
    const record: QuestionRecord = {
      id: newId(),
      askedAt: this.clock.now().toISOString(),
      userId: change.actor.principal.user.id,
      conversationId: input.conversationId ?? null,
      threadId: input.threadId ?? null,
      channel: input.channel,
      question,
      normalized: answer.normalized,
      answered: answer.answered,
      confidence: answer.confidence,
      topSourcePath: top?.path ?? null,
      topSourceTitle: top?.title ?? null,
      snapshot: snapshotOf(answer),
      feedback: null,
      feedbackAt: null,
      feedbackReason: null,
      feedbackNote: null,
      escalated: false,
      ticketId: null,
    };
    await this.log.add(record);
    return { record, answer };
  }

  /** Waits for questions still being written (shutdown). */
  drain(): Promise<void> {
    return this.log.drain();
  }

  /** The question whoever asks, or undefined: for the card-action gate, which checks visibility itself. */
  peek(id: string): Promise<QuestionRecord | undefined> {
    return this.store.repos.askQuestions.find(id);
  }

  /** The caller's own past questions with their answers and tickets ("My questions"). */
  history(principal: Principal): Promise<PastQuestion[]> {
    return questionHistory(this.store, principal);
  }

  async question(id: string): Promise<QuestionRecord> {
    const record = await this.store.repos.askQuestions.find(id);
    if (!record) throw new NotFoundError(say('errors.ask.questionGone'));
    return record;
  }

  /**
   * 👍/👎 on an answer. The first reaction counts (a double click or a second person in a channel
   * does not overwrite it); `recorded` says whether this one was stored.
   */
  async feedback(change: UserChange, questionId: string, feedback: QuestionFeedback): Promise<{ record: QuestionRecord; recorded: boolean }> {
    const principal = change.actor.principal;
    const at = this.clock.now().toISOString();
    const recorded = await this.store.transaction(async (tx) => {
      const record = await tx.askQuestions.find(questionId);
      if (!record) throw new NotFoundError(say('errors.ask.questionGone'));
      if (!mayReactTo(record, principal.user.id)) throw new ForbiddenError(say('errors.ask.onlyAskerRates'));
      if (!(await tx.askQuestions.setFeedback(questionId, feedback, at))) return false;
      await audit(tx.audit, { clock: this.clock, correlationId: change.correlationId }, change.actor, 'ask.feedback', { type: 'question', id: questionId }, { feedback: null }, { feedback, topSource: record.topSourcePath });
      return true;
    });
    return { record: await this.question(questionId), recorded };
  }

  /**
   * The one optional question after a 👎: why it did not help (a choice, and words for "other" or
   * any choice). Once per question and only on a 👎 one, so a stale form cannot rewrite it.
   */
  async feedbackReason(change: UserChange, questionId: string, reason: string, note: string | null): Promise<QuestionRecord> {
    const principal = change.actor.principal;
    if (!(FEEDBACK_REASONS as readonly string[]).includes(reason)) throw new ValidationError(say('errors.ask.pickReason'), { reason: say('errors.ask.pickReasonField') });
    const words = note?.trim() ? note.trim() : null;
    if (words && words.length > MAX_FEEDBACK_NOTE_CHARS) throw new ValidationError(say('errors.ask.keepUnder', { max: MAX_FEEDBACK_NOTE_CHARS }), { note: say('errors.ask.tooLong') });
    await this.store.transaction(async (tx) => {
      const record = await tx.askQuestions.find(questionId);
      if (!record || !mayReactTo(record, principal.user.id)) throw new NotFoundError(say('errors.ask.questionGone'));
      if (record.feedback !== 'not-helpful') throw new ConflictError(say('errors.ask.reasonNeedsNotHelpful'));
      if (!(await tx.askQuestions.setFeedbackReason(questionId, reason as FeedbackReason, words))) throw new ConflictError(say('errors.ask.reasonGiven'));
      await audit(tx.audit, { clock: this.clock, correlationId: change.correlationId }, change.actor, 'ask.feedback.reason', { type: 'question', id: questionId }, null, { reason, noteLength: words?.length ?? 0 });
    });
    return this.question(questionId);
  }
}
