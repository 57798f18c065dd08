import type { Language } from '../../../src/i18n/languages';
import type * as English from '../i18n/en';

/** The tab's part of a language's catalogue (en.ts picks the namespaces). */
export type TabCatalogue = typeof English;

/** The language a page load speaks and the words it speaks it with. */
export interface LoadedCatalogue {
  readonly language: Language;
  readonly catalogue: TabCatalogue;
}

// One chunk per language, so a page load downloads only the language it speaks.
const chunks: Readonly<Record<Language, () => Promise<TabCatalogue>>> = {
  en: () => import('../i18n/en'),
  de: () => import('../i18n/de'),
};

const pending = new Map<Language, Promise<TabCatalogue>>();

function fetchChunk(language: Language): Promise<TabCatalogue> {
  let promise = pending.get(language);
  if (promise === undefined) {
    promise = chunks[language]();
    // A failed fetch is not remembered: a later call may try again.
    promise.catch(() => pending.delete(language));
    pending.set(language, promise);
  }
  return promise;
}

/** Starts fetching a language's catalogue early (main.tsx's guess before the Teams handshake). */
export function prefetchCatalogue(language: Language): void {
  fetchChunk(language).catch(() => undefined);
}

/**
 * The catalogue for `language`; English when that one cannot be fetched, so the tab never shows
 * raw keys. Rejects only when English cannot be fetched either (the network is gone).
 */
export async function loadCatalogue(language: Language): Promise<LoadedCatalogue> {
  try {
    return { language, catalogue: await fetchChunk(language) };
  } catch (error) {
    if (language === 'en') throw error;
    return { language: 'en', catalogue: await fetchChunk('en') };
  }
}
