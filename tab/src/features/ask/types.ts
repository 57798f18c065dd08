import type { TicketAction } from '../../../../src/domain/ask/tickets/state-machine';
import type { PromotedEntry, Ticket, TicketState } from '../../../../src/domain/ask/tickets/types';
import type { BotKnowledge } from '../../../../src/domain/ask/tickets/bot-knowledge';
import type { FeedbackReason } from '../../../../src/domain/ask/questions';
import type { AnswerGrade, AnswerSource, ClosestSource, FaqEntry, SourceKind } from '../../../../src/domain/ask/types';

export type { AnswerGrade, AnswerSource, BotKnowledge, ClosestSource, FeedbackReason, PromotedEntry, SourceKind, TicketAction, TicketState };

/**
 * One search result (SearchResult in src/domain/ask/knowledge-service.ts, restated here: that
 * module brings the server's file-system code with it, which the browser build cannot type-check).
 */
export interface SearchResult {
  readonly passageId: string;
  readonly kind: SourceKind;
  readonly path: string;
  readonly title: string;
  readonly heading: string | null;
  /** The start of the passage (Teams card Markdown). */
  readonly snippet: string;
  readonly url: string | null;
  readonly score: number;
}

/** Every ticket state, in the order a ticket usually goes through them (for the filter). */
export const ticketStates: readonly TicketState[] = ['open', 'assigned', 'answered', 'closed', 'reopened'];

/**
 * A ticket as the tab API sends it: `actions` is what this caller may do now (empty for makers);
 * `botKnew` what the bot told the maker, for experts only (null for makers and older servers).
 */
export type TicketView = Ticket & { readonly actions: readonly TicketAction[]; readonly botKnew?: BotKnowledge | null };

/** `POST /api/ask/questions`: the knowledge base's answer, recorded so it can be rated or escalated. */
export interface AskAnswer {
  readonly questionId: string;
  readonly question: string;
  readonly answered: boolean;
  /** "answer" (confident, with its source), "closest" (up to three closest sources) or "unknown". */
  readonly grade: AnswerGrade;
  /** 0–1, calibrated; never shown as a number, only as the "High confidence" band. */
  readonly confidence: number;
  readonly highConfidence: boolean;
  /** Markdown (the subset Teams cards show); empty when not answered. */
  readonly answer: string;
  readonly sources: readonly AnswerSource[];
  /** The "closest" grade's sources, each with one sentence. */
  readonly closest: readonly ClosestSource[];
  readonly related: readonly string[];
  readonly composedBy: 'retrieval' | 'ai';
}

/** `GET /api/ask/search`: passages for search-as-you-type. */
export interface SearchAnswer {
  readonly query: string;
  readonly confidence: number;
  readonly answered: boolean;
  readonly results: readonly SearchResult[];
}

/** `POST /api/ask/questions/:id/escalate`. */
export interface Escalation {
  readonly ticket: TicketView;
  /** False when this question had been handed to the experts before (the same ticket comes back). */
  readonly created: boolean;
  readonly expertsNotified: boolean;
}

export type Feedback = 'helpful' | 'not-helpful';

/** `GET /api/ask/tickets`. */
export interface TicketList {
  readonly scope: 'mine' | 'all';
  readonly canAct: boolean;
  readonly tickets: readonly TicketView[];
}

/** An FAQ entry of `GET /api/ask/faq` (only what the page shows). */
export type FaqSummary = Pick<FaqEntry, 'id' | 'kind' | 'question'>;

/** One of the person's own past questions (`GET /api/ask/history`): the bot's answer and the expert's ticket. */
export interface PastQuestion {
  readonly questionId: string;
  readonly askedAt: string;
  readonly channel: 'personal' | 'channel' | 'groupChat' | 'tab';
  readonly question: string;
  readonly grade: AnswerGrade;
  readonly answered: boolean;
  readonly answer: string;
  readonly sources: readonly AnswerSource[];
  readonly feedback: Feedback | null;
  readonly feedbackReason: FeedbackReason | null;
  readonly ticket: TicketView | null;
}

/** The FAQ entry the server saved (the fields the tab uses). */
export interface SavedFaqEntry {
  readonly id: string;
  readonly question: string;
}
