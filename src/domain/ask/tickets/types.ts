/** A question handed to the CoE's experts. */
export type TicketState = 'open' | 'assigned' | 'answered' | 'closed' | 'reopened';

export const TICKET_STATES: readonly TicketState[] = ['open', 'assigned', 'answered', 'closed', 'reopened'];

export interface Ticket {
  id: string;
  /** Short number people say ("ticket 12"). */
  number: number;
  /** The logged question it came from (null when created another way). */
  questionId: string | null;
  askerId: string;
  askerName: string;
  question: string;
  /** Where the question was asked (personal chat or channel), for the answer. */
  conversationId: string | null;
  /** The channel thread's root message, when asked in a channel. */
  threadId: string | null;
  state: TicketState;
  assigneeId: string | null;
  assigneeName: string | null;
  /** The expert's answer (Markdown). */
  answer: string | null;
  answeredById: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  /** The knowledge-base entry made from the answer ("Add to knowledge base"). */
  kbEntryId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** What the maker added before the ticket was created (null: the question alone). */
  details: string | null;
  /** The maker's latest reply to the expert's answer (it reopens the ticket). */
  makerReply: string | null;
  makerReplyAt: string | null;
}

/** A new ticket's fields; everything else starts empty. */
export interface NewTicket {
  id: string;
  number: number;
  questionId: string | null;
  askerId: string;
  question: string;
  conversationId: string | null;
  threadId: string | null;
  createdAt: string;
  details?: string | null;
}

/** What a transition may change; `version` is checked and bumped by the repository. */
export type TicketChanges = Partial<Pick<Ticket, 'state' | 'assigneeId' | 'answer' | 'answeredById' | 'answeredAt' | 'closedAt' | 'kbEntryId' | 'makerReply' | 'makerReplyAt'>>;

export interface TicketFilter {
  askerId?: string;
  states?: TicketState[];
  limit?: number;
}

/** An expert's answer as edited in the FAQ editor before it goes into the knowledge base. */
export interface PromotedEntry {
  question: string;
  answer: string;
  alternates?: string[];
  tags?: string[];
}
