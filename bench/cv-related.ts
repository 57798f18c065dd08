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
import { estimateConfidence } from '../src/domain/ask/confidence.js';
import { EXPANSION_WEIGHT, retrieve } from '../src/domain/ask/retriever.js';
import { expandedTerms, interpolate } from '../src/domain/ask/expansion.js';
import { RERANK_DEPTH, rerank } from '../src/domain/ask/reranker.js';
import { KnowledgeIndex, type SourceHit } from '../src/domain/ask/search-index.js';
import { relatedTerms } from '../src/domain/ask/text/analyzer.js';
import { loadCorpus } from './corpus.js';
import { crossValidateVariants } from './cv-folds.js';
import { variantCases, type VariantRun } from './cv-variant-cases.js';
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
const VARIANTS: Record<string, VariantRun> = { shipped: (q) => retrieve(index, q) };
for (const w of [0, 0.25, 0.5, 0.75]) VARIANTS[`together, weight ${w}`] = variant('together', w);
for (const w of [0.1, 0.2, 0.3, 0.4]) VARIANTS[`related alone, weight ${w}`] = variant('alone', w);

const casesOf = (file: string, folded: boolean, run: VariantRun) => variantCases(file, folded, run, FOLDS, SHIFT);
const byVariant = new Map(Object.entries(VARIANTS).map(([name, run]) => [name, { tune: casesOf('qa-makers-tune.yaml', true, run), older: ['qa-questions.yaml', 'qa-holdout.yaml'].map((f) => [f, casesOf(f, false, run)] as const) }]));
const tuneSet = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
console.log('tuning questions with related terms:', [...tuneSet.inScope, ...tuneSet.outOfScope].filter((x) => relatedTerms(retrieve(index, x.q, { limit: 1 }).terms).length).length, 'of', tuneSet.inScope.length + tuneSet.outOfScope.length);
crossValidateVariants(index, byVariant, FOLDS);
