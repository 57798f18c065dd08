import { ValidationError } from '../shared/errors.js';
import { FAQ_LIMITS } from './faq-limits.js';
import type { FaqInput } from './types.js';
import { say, type ErrorText } from '../shared/error-text.js';

export { FAQ_LIMITS } from './faq-limits.js';
// The tab imports the prefill from its own module, so the error catalogues stay out of its bundle.
export { cleanQuestion, faqPrefill } from './faq-prefill.js';

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
