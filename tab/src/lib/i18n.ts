import i18next, { type i18n } from 'i18next';
import { formatLocaleOf, languageOf } from '../../../src/i18n/languages';
import { I18N_SETTINGS } from '../../../src/i18n/options';
import type { WordsPart } from '../app/page-words';
import { loadWords, type LoadedWords, type TabCatalogue } from './catalogue';
import type { TeamsHost } from './teams';

// Typed keys in the tab: t('events.titel') is a compile error, not a raw key on screen.
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

let current: i18n | undefined;

/**
 * The i18next instance for this page load, holding only the language fetched for it and the first
 * load's words (app/page-words.ts); also sets <html lang> for screen readers and axe. When the
 * locale's language could not be fetched and English stands in, dates and numbers are English too,
 * so a page does not mix conventions. A key it does not hold is a console error: a page whose
 * words list misses a namespace fails its browser tests instead of showing a raw key.
 */
export function startI18n(locale: string, { language, words }: LoadedWords): i18n {
  currentFormatLocale = language === languageOf(locale) ? formatLocaleOf(locale) : 'en';
  document.documentElement.lang = language;
  const instance = i18next.createInstance();
  void instance.init({
    ...I18N_SETTINGS,
    lng: language,
    resources: { [language]: { translation: { ...words } } },
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing catalogue key "${key}" (tab/src/app/page-words.ts lists which words each page loads).`),
  });
  current = instance;
  return instance;
}

/**
 * Fetches a lazy page's words and adds them to the page load's i18next instance, so they are there
 * before the page renders. English words that stand in for a language that could not be fetched go
 * under English, which is i18next's fallback language.
 */
export async function addPageWords(part: WordsPart): Promise<void> {
  const instance = current;
  if (instance === undefined) throw new Error('addPageWords runs after startI18n (main.tsx).');
  const { language, words } = await loadWords(languageOf(instance.language), part);
  instance.addResourceBundle(language, 'translation', words, true, false);
}
