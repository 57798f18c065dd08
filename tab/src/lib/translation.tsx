import type { i18n, TFunction } from 'i18next';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface Translation {
  readonly t: TFunction;
  readonly i18n: i18n;
}

const TranslationContext = createContext<Translation | null>(null);

/**
 * Hands the page load's i18next instance to every component. The language is fixed for the page
 * load (Teams reloads the tab when the person changes language), so this needs none of
 * react-i18next's re-render machinery: i18next itself, with its catalogues, plurals and
 * interpolation, does the translating (docs/tab-speed.md: about 2.4 KB less in the first load).
 */
export function TranslationProvider({ i18n, children }: { readonly i18n: i18n; readonly children: ReactNode }) {
  const value = useMemo<Translation>(() => ({ t: i18n.getFixedT(i18n.language), i18n }), [i18n]);
  return <TranslationContext.Provider value={value}>{children}</TranslationContext.Provider>;
}

/** The translate function of the page's language, typed by the catalogue's keys (lib/i18n.ts). */
export function useTranslation(): Translation {
  const translation = useContext(TranslationContext);
  if (translation === null) throw new Error('useTranslation must be used inside <TranslationProvider>.');
  return translation;
}
