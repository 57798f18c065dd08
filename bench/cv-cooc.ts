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
import { EXPANSION_WEIGHT, retrieve } from '../src/domain/ask/retriever.js';
import { expandedTerms, interpolate } from '../src/domain/ask/expansion.js';
import { RERANK_DEPTH, rerank } from '../src/domain/ask/reranker.js';
import { KnowledgeIndex, type SourceHit } from '../src/domain/ask/search-index.js';
import { relatedTerms } from '../src/domain/ask/text/analyzer.js';
import { loadCorpus } from './corpus.js';
import { corpusNeighbours } from './corpus-neighbours.js';
import { crossValidateVariants } from './cv-folds.js';
import { variantCases, type VariantRun } from './cv-variant-cases.js';
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
const VARIANTS: Record<string, VariantRun> = { shipped: (q) => retrieve(index, q) };
for (const mode of ['replace', 'add'] as const) for (const tau of [0.2, 0.3]) for (const w of [0.15, 0.3]) VARIANTS[`${mode}, cosine ≥ ${tau}, weight ${w}`] = variant(mode, tau, w);

const casesOf = (file: string, folded: boolean, run: VariantRun) => variantCases(file, folded, run, FOLDS, SHIFT);
const byVariant = new Map(Object.entries(VARIANTS).map(([name, run]) => [name, { tune: casesOf('qa-makers-tune.yaml', true, run), older: ['qa-questions.yaml', 'qa-holdout.yaml'].map((f) => [f, casesOf(f, false, run)] as const) }]));
const tuneSet = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
console.log('tuning questions with a neighbour at 0.2 / 0.3:', [0.2, 0.3].map((tau) => [...tuneSet.inScope, ...tuneSet.outOfScope].filter((x) => variant('add', tau, 0)(x.q).related).length).join(' / '), 'of', tuneSet.inScope.length + tuneSet.outOfScope.length);
crossValidateVariants(index, byVariant, FOLDS);
