import { loaders as writtenLoaders } from 'virtual:catalogue-loaders';
import type { Language } from '../../../src/i18n/languages';
import type { WordsPart } from '../app/page-words';
import type * as English from '../i18n/en';

/** The tab's part of a language's catalogue (en.ts picks the namespaces): the type of its keys. */
export type TabCatalogue = typeof English;

/** Some of a catalogue's words, nested as in the catalogue (one part of app/page-words.ts). */
export type Words = { readonly [key: string]: string | Words };

/** The language some words are in (English when the one asked for could not be fetched). */
export interface LoadedWords {
  readonly language: Language;
  readonly words: Words;
}

// The plugin writes one loader for each part of page-words.ts and each language (ambient module
// declarations cannot name the tab's types, so the type is given here).
const loaders = writtenLoaders as Readonly<Record<WordsPart, Readonly<Record<Language, () => Promise<{ readonly default: Words }>>>>>;

// One chunk per part and language, so a page load downloads only the language it speaks and
// only the words of the pages it shows.
const pending = new Map<string, Promise<Words>>();

function fetchChunk(language: Language, part: WordsPart): Promise<Words> {
  const key = `${language}/${part}`;
  let promise = pending.get(key);
  if (promise === undefined) {
    promise = loaders[part][language]().then((module) => module.default);
    // A failed fetch is not remembered: a later call may try again.
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/** Starts fetching a part's words early (main.tsx's guess before the Teams handshake). */
export function prefetchWords(language: Language, part: WordsPart): void {
  fetchChunk(language, part).catch(() => undefined);
}

/**
 * A part's words in `language`; English when that one cannot be fetched, so the tab never shows
 * raw keys. Rejects only when English cannot be fetched either (the network is gone).
 */
export async function loadWords(language: Language, part: WordsPart): Promise<LoadedWords> {
  try {
    return { language, words: await fetchChunk(language, part) };
  } catch (error) {
    if (language === 'en') throw error;
    return { language: 'en', words: await fetchChunk('en', part) };
  }
}
