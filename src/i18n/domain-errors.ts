import { render } from '../domain/shared/error-text.js';
import { ValidationError, type DomainError, type ErrorMessage } from '../domain/shared/errors.js';
import type { Translator } from './translator.js';

const inLanguage = (message: ErrorMessage, t: Translator): string => (typeof message === 'string' ? message : render(message, t));

/** A domain error's message for one reader; errors without a catalogue key keep their English. */
export function errorMessage(error: DomainError, t: Translator): string {
  return error.text ? render(error.text, t) : error.message;
}

/** A validation error's field messages for one reader (field name → what is wrong). */
export function errorFields(error: ValidationError, t: Translator): Record<string, string> {
  return Object.fromEntries(Object.entries(error.fieldTexts).map(([name, text]) => [name, inLanguage(text, t)]));
}

/** What the API and the bot show of a domain error: its message, and its fields when it has any. */
export function localizedError(error: DomainError, t: Translator): { message: string; fields?: Record<string, string> } {
  return error instanceof ValidationError ? { message: errorMessage(error, t), fields: errorFields(error, t) } : { message: errorMessage(error, t) };
}
