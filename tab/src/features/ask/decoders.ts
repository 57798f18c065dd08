import { ticketStates, type AskAnswer, type Escalation, type FaqSummary, type Feedback, type PastQuestion, type SavedFaqEntry, type SearchAnswer, type TicketList, type TicketView } from './types';

/**
 * Runtime checks of the Ask API's answers: a shape the page does not expect becomes a clear
 * "unexpected response" error instead of a crash deep in a component.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isSource = (v: unknown): boolean => isObject(v) && str(v['title']) && str(v['path']) && strOrNull(v['heading']) && strOrNull(v['url']) && str(v['kind']);

function isBotKnowledge(v: unknown): boolean {
  if (!isObject(v) || !['high', 'likely', 'closest', 'unknown'].includes(v['band'] as string) || !Array.isArray(v['sources'])) return false;
  return v['sources'].every((s) => isObject(s) && str(s['title']) && strOrNull(s['heading']) && strOrNull(s['url']));
}

export function decodeTicket(value: unknown): TicketView | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  if (!['id', 'question', 'askerName', 'createdAt', 'updatedAt'].every((k) => str(v[k]))) return undefined;
  if (!['assigneeName', 'answer', 'answeredByName', 'answeredAt', 'closedAt', 'kbEntryId'].every((k) => strOrNull(v[k]))) return undefined;
  if (!num(v['number']) || !num(v['version']) || !(ticketStates as readonly unknown[]).includes(v['state'])) return undefined;
  if (!Array.isArray(v['actions']) || !v['actions'].every(str)) return undefined;
  if (v['botKnew'] !== undefined && v['botKnew'] !== null && !isBotKnowledge(v['botKnew'])) return undefined;
  return value as unknown as TicketView;
}

export function decodeTicketList(value: unknown): TicketList | undefined {
  if (!isObject(value) || (value['scope'] !== 'mine' && value['scope'] !== 'all') || typeof value['canAct'] !== 'boolean' || !Array.isArray(value['tickets'])) return undefined;
  const tickets = value['tickets'].map(decodeTicket);
  return tickets.every((t): t is TicketView => t !== undefined) ? { scope: value['scope'], canAct: value['canAct'], tickets } : undefined;
}

/** `{ ticket }` of one ticket or an action's answer. */
export function decodeTicketEnvelope(value: unknown): TicketView | undefined {
  return isObject(value) ? decodeTicket(value['ticket']) : undefined;
}

export function decodeAskAnswer(value: unknown): AskAnswer | undefined {
  if (!isObject(value) || !str(value['questionId']) || !str(value['question']) || !str(value['answer'])) return undefined;
  if (typeof value['answered'] !== 'boolean' || !num(value['confidence']) || typeof value['highConfidence'] !== 'boolean') return undefined;
  if (!['answer', 'closest', 'unknown'].includes(value['grade'] as string)) return undefined;
  if (!Array.isArray(value['closest']) || !value['closest'].every((c) => isObject(c) && str(c['title']) && strOrNull(c['heading']) && strOrNull(c['url']) && str(c['sentence']))) return undefined;
  if (!Array.isArray(value['sources']) || !value['sources'].every(isSource) || !Array.isArray(value['related']) || !value['related'].every(str)) return undefined;
  return value as unknown as AskAnswer;
}

export function decodeSearch(value: unknown): SearchAnswer | undefined {
  if (!isObject(value) || !str(value['query']) || !num(value['confidence']) || typeof value['answered'] !== 'boolean' || !Array.isArray(value['results'])) return undefined;
  return value['results'].every((r) => isSource(r) && isObject(r) && str(r['passageId'])) ? (value as unknown as SearchAnswer) : undefined;
}

export function decodeEscalation(value: unknown): Escalation | undefined {
  if (!isObject(value) || typeof value['created'] !== 'boolean' || typeof value['expertsNotified'] !== 'boolean') return undefined;
  const ticket = decodeTicket(value['ticket']);
  return ticket ? { ticket, created: value['created'], expertsNotified: value['expertsNotified'] } : undefined;
}

/** `{ feedback, recorded }`: the stored reaction (the first one counts) and whether this one was it. */
export function decodeFeedback(value: unknown): { feedback: Feedback; recorded: boolean } | undefined {
  if (!isObject(value) || (value['feedback'] !== 'helpful' && value['feedback'] !== 'not-helpful') || typeof value['recorded'] !== 'boolean') return undefined;
  return { feedback: value['feedback'], recorded: value['recorded'] };
}

export function decodeFaq(value: unknown): FaqSummary[] | undefined {
  if (!isObject(value) || !Array.isArray(value['entries'])) return undefined;
  const ok = value['entries'].every((e) => isObject(e) && str(e['id']) && str(e['question']) && str(e['kind']));
  return ok ? (value['entries'] as Json[]).map((e) => ({ id: e['id'] as string, kind: e['kind'] as FaqSummary['kind'], question: e['question'] as string })) : undefined;
}

function decodePastQuestion(value: unknown): PastQuestion | undefined {
  if (!isObject(value) || !['questionId', 'askedAt', 'channel', 'question', 'grade', 'answer'].every((k) => str(value[k]))) return undefined;
  if (typeof value['answered'] !== 'boolean' || !Array.isArray(value['sources']) || !value['sources'].every(isSource)) return undefined;
  if (!strOrNull(value['feedback']) || !strOrNull(value['feedbackReason'])) return undefined;
  if (value['ticket'] !== null && decodeTicket(value['ticket']) === undefined) return undefined;
  return value as unknown as PastQuestion;
}

/** `GET /api/ask/history`: the person's own questions, newest first. */
export function decodeHistory(value: unknown): PastQuestion[] | undefined {
  if (!isObject(value) || !Array.isArray(value['questions'])) return undefined;
  const questions = value['questions'].map(decodePastQuestion);
  return questions.every((q): q is PastQuestion => q !== undefined) ? questions : undefined;
}

/** `{ feedback, reason, note }` after the reason for a 👎 was stored. */
export function decodeReason(value: unknown): { reason: string } | undefined {
  return isObject(value) && str(value['reason']) ? { reason: value['reason'] } : undefined;
}

/** `{ entry }` of `POST /api/admin/kb/faq`. */
export function decodeFaqEntry(value: unknown): SavedFaqEntry | undefined {
  if (!isObject(value) || !isObject(value['entry'])) return undefined;
  const { id, question } = value['entry'];
  return typeof id === 'string' && typeof question === 'string' ? { id, question } : undefined;
}
