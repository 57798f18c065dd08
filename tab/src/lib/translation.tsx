import type { TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../../src/i18n/languages';
import type { TabTranslator } from './translator';

interface Translation {
  readonly t: TFunction;
  readonly i18n: TabTranslator<Language>;
}

const TranslationContext = createContext<Translation | null>(null);

/**
 * Hands the page load's translator to every component. The language is fixed for the page load
 * (Teams reloads the tab when the person changes language), so nothing re-renders on a language
 * change. `t` carries i18next's types, so a key the catalogue lacks is a compile error; the
 * translator gives i18next's answers (lib/translator.ts).
 */
export function TranslationProvider({ i18n, children }: { readonly i18n: TabTranslator<Language>; readonly children: ReactNode }) {
  const value = useMemo<Translation>(() => ({ t: i18n.t as unknown as TFunction, i18n }), [i18n]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/** The translate function of the page's language, typed by the catalogue's keys (lib/i18n.ts). */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (translation === null) throw new Error('useTranslation must be used inside <TranslationProvider>.');
  return translation;
}
