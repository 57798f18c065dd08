/**
 * One question set as fold cases for crossValidateVariants (cv-folds.ts), answered by one variant
 * of the retrieval: what bench/cv-cooc.ts, cv-related.ts and cv-phrasings.ts each score. A set is
 * folded (the maker set's tuning half: question i in fold (i + shift) mod folds) or scored whole
 * (the older sets, fold -1). The test half is never passed in.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceHit } from '../src/domain/ask/search-index.js';
import type { FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** What a variant answers for one question. */
export type VariantRun = (q: string) => { terms: string[]; guessed: string[]; hits: SourceHit[]; related?: number };

export type VariantCase = FoldCase<{ base: number }>;

/** The cases of `file` (in bench/) under `run`; folded into `folds` shifted by `shift`, or whole. */
export function variantCases(file: string, folded: boolean, run: VariantRun, folds: number, shift: number): VariantCase[] {
  const set = loadQuestions(path.join(here, file), file);
  const make = (q: string, expect: string[] | undefined, fold: number): VariantCase => {
    const r = run(q);
    return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f: r.hits.map((h) => ({ base: h.score })) };
  };
  const foldOf = (i: number) => (folded ? (i + shift) % folds : -1);
  return [...set.inScope.map((x, i) => make(x.q, x.expect, foldOf(i))), ...set.outOfScope.map((x, i) => make(x.q, undefined, foldOf(i)))];
}
