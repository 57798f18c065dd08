import { parse } from 'yaml';
import { ValidationError } from '../shared/errors.js';
import { checkFaqInput } from './faq-input.js';
import type { FaqInput } from './types.js';

/**
 * Reads an FAQ content file: a YAML list of entries (id, question, alternates, answer, tags, owner,
 * link). Every entry is checked; a bad one fails the file with its position and field named.
 */
export function parseFaqFile(text: string, fileName: string): FaqInput[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new ValidationError(`${fileName} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new ValidationError(`${fileName} must be a list of FAQ entries.`);
  return data.map((raw, i) => {
    const e = (raw ?? {}) as Record<string, unknown>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    const input: FaqInput = {
      id: typeof e.id === 'string' ? e.id : undefined,
      question: typeof e.question === 'string' ? e.question : '',
      alternates: strings(e.alternates),
      answer: typeof e.answer === 'string' ? e.answer : '',
      tags: strings(e.tags),
      owner: typeof e.owner === 'string' ? e.owner : null,
      link: typeof e.link === 'string' ? e.link : null,
    };
    try {
      checkFaqInput(input);
    } catch (error) {
      if (error instanceof ValidationError) throw new ValidationError(`${fileName}, entry ${i + 1}: ${Object.entries(error.fields).map(([k, v]) => `${k}: ${v}`).join('; ') || error.message}`);
      throw error;
    }
    if (!input.id) throw new ValidationError(`${fileName}, entry ${i + 1}: every starter entry needs an id (it is how the entry is cited and kept).`);
    return input;
  });
}
