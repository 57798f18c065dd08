import templite from 'templite';
import { DEFAULT_LANGUAGE, formatLocaleOf, languageOf, type Language } from '../../../src/i18n/languages';
import type { WordsPart } from '../app/page-words';
import { loadWords, type LoadedWords, type TabCatalogue } from './catalogue';
import type { TeamsHost } from './teams';
import { TabTranslator } from './translator';

// Typed keys in the tab: t('events.titel') is a compile error, not a raw key on screen. The types
// are i18next's (the bot's library, whose catalogue format the tab reads); no i18next code ships.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TabCatalogue };
  }
}

/** The locale the tab speaks: Teams' (app.locale) inside Teams, the browser's outside it (development, tests). */
export function tabLocale(host: TeamsHost): string {
  return (host.inTeams ? host.context.app.locale : undefined) || navigator.language || 'en';
}

let currentFormatLocale = 'en';

/**
 * The locale dates and numbers are formatted in. Module state on purpose: it is fixed for the page
 * load (Teams reloads the tab when the user changes language), and the small format helpers of
 * every feature read it without each caller threading it through.
 */
export function formatLocale(): string {
  return currentFormatLocale;
}

let current: TabTranslator<Language> | undefined;

/**
 * The translator for this page load, holding only the language fetched for it and the first
 * load's words (app/page-words.ts); also sets <html lang> for screen readers and axe. When the
 * locale's language could not be fetched and English stands in, dates and numbers are English too,
 * so a page does not mix conventions. A key it does not hold is a console error: a page whose
 * words list misses a namespace fails its browser tests instead of showing a raw key.
 */
export function startI18n(locale: string, { language, words }: LoadedWords): TabTranslator<Language> {
  currentFormatLocale = language === languageOf(locale) ? formatLocaleOf(locale) : 'en';
  document.documentElement.lang = language;
  const translator = new TabTranslator(language, {
    fallbackLanguage: DEFAULT_LANGUAGE,
    interpolate: templite,
    onMissing: (key) => console.error(`Missing catalogue key "${key}" (tab/src/app/page-words.ts lists which words each page loads).`),
  });
  translator.add(language, words);
  current = translator;
  return translator;
}

/**
 * Fetches a lazy page's words and adds them to the page load's translator, so they are there
 * before the page renders. English words that stand in for a language that could not be fetched go
 * under English, the fallback language.
 */
export async function addPageWords(part: WordsPart): Promise<void> {
  const translator = current;
  if (translator === undefined) throw new Error('addPageWords runs after startI18n (main.tsx).');
  const { language, words } = await loadWords(translator.language, part);
  translator.add(language, words);
}
