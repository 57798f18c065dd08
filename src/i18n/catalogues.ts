import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import type { Language } from './languages.js';

/**
 * One catalogue per language, in i18next's JSON format, keys namespaced by feature ("events.rsvp.going").
 * English is the source: every other catalogue has the same keys and the same {{variables}}
 * (tests/i18n/catalogues.test.ts fails otherwise), and plural forms per that language's rules (_one, _other).
 */
export interface Catalogue {
  readonly [key: string]: string | Catalogue;
}

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, de };

/** The English catalogue's shape: what typed keys are derived from. */
export type SourceCatalogue = typeof en;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every key a caller may ask for; plural keys without their suffix ("events.going" with { count }). */
export type TranslationKey = WithoutPlural<Leaves<SourceCatalogue>>;

/** The English catalogue with its literal keys, for code that must know which keys exist (e.g. command ids). */
export const SOURCE: SourceCatalogue = en;
