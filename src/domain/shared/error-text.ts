import type { SourceCatalogue, TranslationKey } from '../../i18n/catalogues.js';
import { ENGLISH, type Translator } from '../../i18n/translator.js';

/** The catalogue keys a domain error may speak with: only the `errors` namespace. */
export type ErrorKey = Extract<TranslationKey, `errors.${string}`>;

/** A word from the catalogue put into a message (a status, a role), so it is translated with it. */
export interface Term {
  readonly term: TranslationKey;
}

/** Several terms read as alternatives ("Champions or CoE admins"), joined in the reader's language. */
export interface AnyOf {
  readonly anyOf: readonly Term[];
}

export type ErrorValue = string | number | Term | AnyOf;

/** What a domain error says, as a catalogue key and its values, so each reader gets their language. */
export interface ErrorText {
  readonly key: ErrorKey;
  readonly values: Readonly<Record<string, ErrorValue>>;
}

/** The message of a domain error; a typed key, so a key missing from the catalogue does not compile. */
export function say(key: ErrorKey, values: Readonly<Record<string, ErrorValue>> = {}): ErrorText {
  return { key, values };
}

export const term = (key: TranslationKey): Term => ({ term: key });

export const anyOf = (keys: readonly TranslationKey[]): AnyOf => ({ anyOf: keys.map(term) });

export function isErrorText(value: unknown): value is ErrorText {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string' && typeof (value as { values?: unknown }).values === 'object';
}

function valueIn(value: ErrorValue, t: Translator): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('term' in value) return t.t(value.term);
  return value.anyOf.map((v) => t.t(v.term)).join(t.t('errors.or'));
}

/** The text in one reader's language; English (the log and fallback text) without a translator. */
export function render(text: ErrorText, t: Translator = ENGLISH): string {
  const values = Object.fromEntries(Object.entries(text.values).map(([name, value]) => [name, valueIn(value, t)]));
  return t.t(text.key, values);
}

/** Words for a refused move ("This request can't be <what> any more"), as transition specs name them. */
export type Move = keyof SourceCatalogue['errors']['moves'];

export const move = (what: Move): Term => term(`errors.moves.${what}`);
