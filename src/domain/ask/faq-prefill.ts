import { FAQ_LIMITS } from './faq-limits.js';

const ASKING = /^(how|what|why|when|where|who|which|can|could|is|are|do|does|did|should|will|would|may|must)\b/i;

/**
 * A maker's wording tidied into an FAQ question, for the expert to edit: no @mention or "ask"
 * command, one space between words, no "???" and a capital first letter; a question keeps one
 * question mark. The words stay the maker's: rephrasing is the expert's call.
 */
export function cleanQuestion(text: string): string {
  const asked = /\?[\s?!.]*$/.test(text);
  let q = text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^@\S+\s+/, '')
    .replace(/^(ask|question)\s*[:-]?\s+/i, '')
    .replace(/[\s?!.]+$/, '');
  if (!q) return '';
  q = q.charAt(0).toLocaleUpperCase() + q.slice(1);
  return `${q.slice(0, FAQ_LIMITS.question - 1)}${asked || ASKING.test(q) ? '?' : ''}`;
}

/**
 * The FAQ editor's starting point for an expert's answer: the question tidied, the maker's own
 * wording kept as an alternate phrasing when it reads differently (makers ask it that way too).
 */
export function faqPrefill(ticket: { question: string; answer: string | null }): { question: string; answer: string; alternates: string[] } {
  const question = cleanQuestion(ticket.question);
  const said = ticket.question.replace(/\s+/g, ' ').trim().slice(0, FAQ_LIMITS.question);
  const same = (a: string) => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return { question, answer: ticket.answer ?? '', alternates: said && same(said) !== same(question) ? [said] : [] };
}
