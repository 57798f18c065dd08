/**
 * The hand list's related terms (vocabulary.ts RELATED: "flow" also looks for "power automate") as a
 * separate query interpolated with the question's own, issue #13's fifth session, on the maker set's
 * TUNING half only (the test half is never read). Today they are extra terms of the same query, and
 * MiniSearch multiplies a result's score by the number of query terms it matched. Variants:
 * - "together, weight w": the question alone interpolated with today's query (w = 1 is shipped);
 * - "related alone, weight w": the question alone interpolated with a query of the related terms.
 * Five folds: the variant with the best top-1 + precision on four fifths (ties to the shipped one)
 * is scored on the fifth; pooled. Then each variant on the whole half and on the older sets.
 * THRESHOLDS=0.35,0.4,0.45 lets each fold choose the answer threshold too (for every variant, the
 * shipped one included): the separate query lowers the confidence, which a threshold may undo.
 * Run: npx tsx bench/cv-related.ts   (FOLDS=5, SHIFT=0)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIDENCE_THRESHOLD, estimateConfidence } from '../src/domain/ask/confidence.js';
import { isSmallTalk } from '../src/domain/ask/small-talk.js';
import { EXPANSION_WEIGHT, retrieve } from '../src/domain/ask/retriever.js';
import { expandedTerms, interpolate } from '../src/domain/ask/expansion.js';
import { RERANK_DEPTH, rerank } from '../src/domain/ask/reranker.js';
import { KnowledgeIndex, type SourceHit } from '../src/domain/ask/search-index.js';
import { relatedTerms } from '../src/domain/ask/text/analyzer.js';
import { loadCorpus } from './corpus.js';
import { report, type FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const FOLDS = Number(process.env.FOLDS ?? 5);
const SHIFT = Number(process.env.SHIFT ?? 0);

/** retrieve() with the related terms' query replaced (spelling, abbreviations, second stage, confidence as shipped). */
const variant = (mode: 'together' | 'alone', w: number) => (q: string) => {
  const { terms, guessed } = retrieve(index, q, { limit: 1 });
  const related = relatedTerms(terms);
  const depth = RERANK_DEPTH;
  let first: SourceHit[] = index.query({ terms, limit: depth });
  if (related.length) {
    const other = mode === 'together' ? index.query({ terms, related, limit: depth }) : index.query({ terms: related.map((r) => r.term), related, limit: depth });
    first = interpolate(first, other, w).slice(0, depth);
  }
  const expanded = expandedTerms(index, q, terms);
  if (expanded) first = interpolate(first, index.query({ terms: expanded, limit: depth }), EXPANSION_WEIGHT).slice(0, depth);
  const hits = rerank(index, terms, first, undefined, q).slice(0, 8);
  return { terms, guessed, hits, confidence: estimateConfidence(index, terms, hits, new Set(guessed)).confidence, related: related.length };
};
const VARIANTS: Record<string, (q: string) => { terms: string[]; guessed: string[]; hits: SourceHit[]; related?: number }> = { shipped: (q) => retrieve(index, q) };
for (const w of [0, 0.25, 0.5, 0.75]) VARIANTS[`together, weight ${w}`] = variant('together', w);
for (const w of [0.1, 0.2, 0.3, 0.4]) VARIANTS[`related alone, weight ${w}`] = variant('alone', w);

type Case = FoldCase<{ base: number }>;
const casesOf = (file: string, folded: boolean, run: (q: string) => ReturnType<(typeof VARIANTS)[string]>) => {
  const set = loadQuestions(path.join(here, file), file);
  const make = (q: string, expect: string[] | undefined, fold: number): Case => {
    const r = run(q);
    return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f: r.hits.map((h) => ({ base: h.score })) };
  };
  return [...set.inScope.map((x, i) => make(x.q, x.expect, folded ? (i + SHIFT) % FOLDS : -1)), ...set.outOfScope.map((x, i) => make(x.q, undefined, folded ? (i + SHIFT) % FOLDS : -1))];
};
const byVariant = new Map(Object.entries(VARIANTS).map(([name, run]) => [name, { tune: casesOf('qa-makers-tune.yaml', true, run), older: ['qa-questions.yaml', 'qa-holdout.yaml'].map((f) => [f, casesOf(f, false, run)] as const) }]));
const tuneSet = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
console.log('tuning questions with related terms:', [...tuneSet.inScope, ...tuneSet.outOfScope].filter((x) => relatedTerms(retrieve(index, x.q, { limit: 1 }).terms).length).length, 'of', tuneSet.inScope.length + tuneSet.outOfScope.length);
const names = [...byVariant.keys()];
const thresholds = (process.env.THRESHOLDS ?? String(DEFAULT_CONFIDENCE_THRESHOLD)).split(',').map(Number);
const choices = names.flatMap((n) => thresholds.map((t) => [n, t] as const));
/** What foldTools' counts gives, at any threshold. */
const countsAt = (some: Case[], threshold: number) => {
  const t = { n: 0, m: 0, first: 0, top3: 0, top1: 0, answered: 0, refused: 0 };
  for (const c of some) {
    const ok = !isSmallTalk(c.q) && estimateConfidence(index, c.terms, c.hits, c.guessed).confidence >= threshold;
    if (ok) t.answered += 1;
    if (c.inScope) {
      t.n += 1;
      if (c.right[0]) t.first += 1;
      if (c.right.slice(0, 3).some(Boolean)) t.top3 += 1;
      if (ok && c.right[0]) t.top1 += 1;
    } else {
      t.m += 1;
      if (!ok) t.refused += 1;
    }
  }
  return t;
};
const objective = (some: Case[], threshold: number) => {
  const t = countsAt(some, threshold);
  return t.top1 / t.n + t.top1 / Math.max(1, t.answered);
};
let pooled = { n: 0, m: 0, first: 0, top3: 0, top1: 0, answered: 0, refused: 0 };
for (let k = 0; k < FOLDS; k += 1) {
  const train = (n: string) => byVariant.get(n)!.tune.filter((c) => c.fold !== k);
  const score = ([n, t]: readonly [string, number]) => objective(train(n), t);
  const pick = choices.reduce((b, c) => (score(c) > score(b) + 1e-9 ? c : b), [names[0]!, DEFAULT_CONFIDENCE_THRESHOLD] as const);
  const t = countsAt(byVariant.get(pick[0])!.tune.filter((c) => c.fold === k), pick[1]);
  console.log(`fold ${k}: chose "${pick[0]}" at ${pick[1]}`);
  pooled = Object.fromEntries(Object.entries(pooled).map(([key, v]) => [key, v + t[key as keyof typeof t]])) as typeof pooled;
}
console.log('variant chosen per fold (cross-validated):', report(pooled));
for (const n of names) {
  const { tune, older } = byVariant.get(n)!;
  for (const th of thresholds) {
    console.log(`\n${n}, threshold ${th}\n  tuning half: ${report(countsAt(tune, th))}`);
    for (const [f, c] of older) console.log(`  ${f}: ${report(countsAt(c, th))}`);
  }
}
