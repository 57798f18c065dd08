import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { SourceCatalogue } from '../../../src/i18n/catalogues';
import { formatLocaleOf, languageOf } from '../../../src/i18n/languages';
import { I18N_OPTIONS } from '../../../src/i18n/translator';
import type { TeamsHost } from './teams';

// Typed keys in the tab: t('events.titel') is a compile error, not a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: SourceCatalogue };
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

/** The react-i18next instance for this page load; also sets <html lang> for screen readers and axe. */
export function startI18n(locale: string): i18n {
  const language = languageOf(locale);
  currentFormatLocale = formatLocaleOf(locale);
  document.documentElement.lang = language;
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({ ...I18N_OPTIONS, lng: language });
  return instance;
}
