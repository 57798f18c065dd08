/**
 * Corpus-mined neighbours as a separate interpolated query, issue #13's fifth session, on the maker
 * set's TUNING half only (the test half is never read): words that stand in the same contexts in
 * the knowledge base (bench/corpus-neighbours.ts: "buy" ~ "purchase") make a second query, either
 * the question with its one term of the strongest neighbour replaced by it, or the question plus
 * every neighbour at cosine TAU or more; its ranking is interpolated into the shipped one at weight w.
 * Five folds: the variant with the best top-1 + precision on four fifths (ties to the shipped one)
 * is scored on the fifth; pooled. Then each variant on the whole half and on the older sets.
 * Run: npx tsx bench/cv-cooc.ts   (FOLDS=5, SHIFT=0, THRESHOLDS=0.45)
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
import { corpusNeighbours } from './corpus-neighbours.js';
import { report, type FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const FOLDS = Number(process.env.FOLDS ?? 5);
const SHIFT = Number(process.env.SHIFT ?? 0);

const neighbours = corpusNeighbours(index);
/** The shipped retrieve() with one more query interpolated before the second stage. */
const variant = (mode: 'replace' | 'add', tau: number, w: number) => (q: string) => {
  const { terms, guessed } = retrieve(index, q, { limit: 1 });
  const found = terms.map((t) => [t, ...(neighbours(t, 1)[0] ?? ['', 0])] as const).filter(([t, n, x]) => n && x >= tau && !terms.includes(n) && index.has(t));
  const depth = RERANK_DEPTH;
  let first: SourceHit[] = index.query({ terms, related: relatedTerms(terms), limit: depth });
  const expanded = expandedTerms(index, q, terms);
  if (expanded) first = interpolate(first, index.query({ terms: expanded, limit: depth }), EXPANSION_WEIGHT).slice(0, depth);
  if (found.length) {
    const best = [...found].sort((a, b) => b[2] - a[2])[0]!;
    const other = mode === 'replace' ? terms.map((t) => (t === best[0] ? best[1] : t)) : [...terms, ...found.map(([, n]) => n)];
    first = interpolate(first, index.query({ terms: other, limit: depth }), w).slice(0, depth);
  }
  const hits = rerank(index, terms, first, undefined, q).slice(0, 8);
  return { terms, guessed, hits, related: found.length };
};
const VARIANTS: Record<string, (q: string) => { terms: string[]; guessed: string[]; hits: SourceHit[]; related?: number }> = { shipped: (q) => retrieve(index, q) };
for (const mode of ['replace', 'add'] as const) for (const tau of [0.2, 0.3]) for (const w of [0.15, 0.3]) VARIANTS[`${mode}, cosine ≥ ${tau}, weight ${w}`] = variant(mode, tau, w);

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
console.log('tuning questions with a neighbour at 0.2 / 0.3:', [0.2, 0.3].map((tau) => [...tuneSet.inScope, ...tuneSet.outOfScope].filter((x) => variant('add', tau, 0)(x.q).related).length).join(' / '), 'of', tuneSet.inScope.length + tuneSet.outOfScope.length);
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
