import { ValidationError } from '../shared/errors.js';
import type { FaqInput } from './types.js';
import { say, type ErrorText } from '../shared/error-text.js';

export const FAQ_LIMITS = { question: 300, answer: 8000, alternates: 20, tags: 20, tag: 40 } as const;

/** A URL-safe id from a question ("How do I get an environment?" → "how-do-i-get-an-environment"). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'entry';
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Checks and tidies an FAQ entry from an admin or a content file; every problem is named by field. */
export function checkFaqInput(input: FaqInput): Required<Omit<FaqInput, 'id'>> & { id?: string } {
  const fields: Record<string, ErrorText> = {};
  const question = (input.question ?? '').trim();
  const answer = (input.answer ?? '').trim();
  if (question.length < 5) fields.question = say('errors.ask.field.question');
  else if (question.length > FAQ_LIMITS.question) fields.question = say('errors.ask.field.questionTooLong', { max: FAQ_LIMITS.question });
  if (!answer) fields.answer = say('errors.ask.field.answer');
  else if (answer.length > FAQ_LIMITS.answer) fields.answer = say('errors.ask.field.answerTooLong', { max: FAQ_LIMITS.answer });
  const alternates = [...new Set((input.alternates ?? []).map((a) => a.trim()).filter(Boolean))];
  if (alternates.length > FAQ_LIMITS.alternates || alternates.some((a) => a.length > FAQ_LIMITS.question)) fields.alternates = say('errors.ask.field.alternates', { max: FAQ_LIMITS.alternates, length: FAQ_LIMITS.question });
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (tags.length > FAQ_LIMITS.tags || tags.some((t) => t.length > FAQ_LIMITS.tag)) fields.tags = say('errors.ask.field.tags', { max: FAQ_LIMITS.tags, length: FAQ_LIMITS.tag });
  const link = input.link?.trim() || null;
  if (link && !/^https:\/\/[^\s]+$/i.test(link)) fields.link = say('errors.ask.field.link');
  if (input.id !== undefined && !ID.test(input.id)) fields.id = say('errors.ask.field.id');
  if (Object.keys(fields).length) throw new ValidationError(say('errors.checkFields', { fields: Object.keys(fields).join(', ') }), fields);
  return { ...(input.id ? { id: input.id } : {}), question, answer, alternates, tags, owner: input.owner?.trim() || null, link };
}

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
