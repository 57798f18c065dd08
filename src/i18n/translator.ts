import i18next, { type i18n } from 'i18next';
import { CATALOGUES, type TranslationKey } from './catalogues.js';
import { formatLocaleOf, LANGUAGES, languageOf, type Language } from './languages.js';
import { I18N_SETTINGS } from './options.js';

/** Values put into a message: names, counts (`count` also picks the plural form). */
export type TranslationVars = Readonly<Record<string, string | number>>;

/** Words, dates and numbers for one reader: what card builders and pages are given. */
export interface Translator {
  readonly language: Language;
  /** The locale dates and numbers are formatted in ("de-DE"). */
  readonly locale: string;
  t(key: TranslationKey, vars?: TranslationVars): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/** i18next's settings with every catalogue: the bot's translators need all languages at hand. */
export const I18N_OPTIONS = {
  ...I18N_SETTINGS,
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGUES[l] }])),
} as const;

let instance: i18n | undefined;

/** One i18next instance for the process; translators bind it to a language with getFixedT. */
function shared(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init(I18N_OPTIONS);
  }
  return instance;
}

const cache = new Map<string, Translator>();

/** The translator for a client locale ("de-DE"; unknown, empty or malformed → English). */
export function translatorFor(locale: string | null | undefined): Translator {
  const formatLocale = formatLocaleOf(locale);
  const cached = cache.get(formatLocale);
  if (cached) return cached;
  const language = languageOf(formatLocale);
  // Keys are checked by TranslationKey (every namespace). The tab's type-check also reaches this file
  // (domain errors import it) with i18next's keys narrowed to the tab's namespaces, so the bound
  // function is typed by our own key type rather than i18next's.
  const fixed = shared().getFixedT(language) as unknown as (key: TranslationKey, options?: Record<string, unknown>) => string;
  const translator: Translator = {
    language,
    locale: formatLocale,
    t: (key, vars) => fixed(key, vars as Record<string, unknown>),
    date: (value, options) => new Intl.DateTimeFormat(formatLocale, options).format(typeof value === 'string' ? new Date(value) : value),
    number: (value, options) => new Intl.NumberFormat(formatLocale, options).format(value),
  };
  // Bounded: the locale comes from the client, and any number of valid tags can be made up.
  if (cache.size < 64) cache.set(formatLocale, translator);
  return translator;
}

/** English: for cards sent without a reader's turn (proactive messages), and the fallback. */
export const ENGLISH: Translator = translatorFor('en');
