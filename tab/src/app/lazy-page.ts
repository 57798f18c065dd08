import { lazy, type ComponentType } from 'react';
import { addPageWords } from '../lib/i18n';
import type { WordsPart } from './page-words';

/**
 * A page (or a feature's routes) loaded the first time it is shown: its code, and the Fluent
 * components, icons and charts only it uses, become a chunk of their own instead of weighing on
 * the first load. `name` is the module's named export, so features keep named exports. `words`
 * names the page's list in page-words.ts: those words are fetched in parallel with the code and
 * added before the page renders, so no raw key ever shows.
 */
export function lazyPage<K extends string>(load: () => Promise<{ readonly [P in K]: ComponentType }>, name: K, words: WordsPart) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), addPageWords(words)]);
    return { default: module[name] };
  });
}
