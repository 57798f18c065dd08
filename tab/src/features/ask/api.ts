import type { ApiClient } from '../../lib/api-client';
import { decodeAskAnswer, decodeEscalation, decodeFaq, decodeFeedback, decodeHistory, decodeReason, decodeSearch, decodeTicketEnvelope, decodeTicketList } from './decoders';
import type { Feedback, FeedbackReason, PromotedEntry, TicketAction, TicketState } from './types';

const enc = encodeURIComponent;

/** Typed access to the Ask endpoints (src/server/routes/ask.ts, docs/ask.md), checked at runtime. */
export const askApi = {
  /** Search-as-you-type: nothing is recorded. */
  search: (c: ApiClient, q: string, limit: number, signal?: AbortSignal) => c.get(`/api/ask/search?${new URLSearchParams({ q, limit: String(limit) }).toString()}`, decodeSearch, signal),
  /** Asking is recorded (KPIs, knowledge gaps) and gives the question an id to rate or escalate. */
  ask: (c: ApiClient, question: string, signal?: AbortSignal) => c.send('POST', '/api/ask/questions', { question }, decodeAskAnswer, signal),
  feedback: (c: ApiClient, questionId: string, feedback: Feedback) => c.send('POST', `/api/ask/questions/${enc(questionId)}/feedback`, { helpful: feedback === 'helpful' }, decodeFeedback),
  /** Why a 👎 answer did not help: one choice, optional words. */
  reason: (c: ApiClient, questionId: string, reason: FeedbackReason, note: string) => c.send('POST', `/api/ask/questions/${enc(questionId)}/feedback/reason`, note.trim() ? { reason, note } : { reason }, decodeReason),
  escalate: (c: ApiClient, questionId: string, details = '') => c.send('POST', `/api/ask/questions/${enc(questionId)}/escalate`, details.trim() ? { details } : {}, decodeEscalation),
  /** The person's own questions with the answers (the bot's and the expert's). */
  history: (c: ApiClient, signal?: AbortSignal) => c.get('/api/ask/history', decodeHistory, signal),
  /** The asker's reply to an expert's answer; it reopens the ticket. */
  reply: (c: ApiClient, ticketId: string, message: string) => c.send('POST', `/api/ask/tickets/${enc(ticketId)}/reply`, { message }, decodeTicketEnvelope),
  tickets: (c: ApiClient, scope: 'mine' | 'all', state: TicketState | '', signal?: AbortSignal) => {
    const query = new URLSearchParams({ scope });
    if (state) query.set('state', state);
    return c.get(`/api/ask/tickets?${query.toString()}`, decodeTicketList, signal);
  },
  ticket: (c: ApiClient, id: string, signal?: AbortSignal) => c.get(`/api/ask/tickets/${enc(id)}`, decodeTicketEnvelope, signal),
  act: (c: ApiClient, id: string, action: TicketAction, answer?: string) => c.send('POST', `/api/ask/tickets/${enc(id)}/actions`, answer === undefined ? { action } : { action, answer }, decodeTicketEnvelope),
  /** "Add to knowledge base" with the FAQ editor's wording (the server checks it as any FAQ entry). */
  promote: (c: ApiClient, id: string, entry: PromotedEntry) => c.send('POST', `/api/ask/tickets/${enc(id)}/actions`, { action: 'promote', entry }, decodeTicketEnvelope),
  faq: (c: ApiClient, signal?: AbortSignal) => c.get('/api/ask/faq', decodeFaq, signal),
};
