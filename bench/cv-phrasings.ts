/**
 * A hand vocabulary of makers' phrasings (src/domain/ask/text/phrasings.ts: "buy" → purchase, "get it back"
 * → recover restore, "PAYG" → pay-as-you-go) as a separate interpolated query, issue #13's sixth
 * session, on the maker set's TUNING half only (the test half is never read). Variants:
 * - "replace, w": the question with each phrasing replaced by the documentation's words;
 * - "add, w": the question's own terms plus those words;
 * each its own query, interpolated into the shipped first stage at weight w after the abbreviation
 * query and before the second stage (MiniSearch multiplies by matched terms, so not extra terms of
 * the question's query); the confidence sees the question's own terms, as shipped.
 * - "add, w, second stage on the replaced question": "add", and the second stage's coverage and
 *   word pairs taken from the question with its phrasings replaced;
 * - "related, w": the words as related terms of the question's own query at weight w (the way
 *   vocabulary.ts RELATED works today), for comparison.
 * Five folds: the variant with the best top-1 + precision on four fifths (ties to "no phrasings")
 * is scored on the fifth; pooled. Then each variant on the whole half and on the older sets.
 * Shipped since: "add, weight 0.35" (retriever.ts PHRASING_WEIGHT); "no phrasings" is the code before.
 * Run: npx tsx bench/cv-phrasings.ts   (FOLDS=5, SHIFT=0, THRESHOLDS=0.45, MODES=replace,add,related,rerank; LIST=1 prints each rewrite)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPANSION_WEIGHT, retrieve } from '../src/domain/ask/retriever.js';
import { expandedTerms, interpolate } from '../src/domain/ask/expansion.js';
import { RERANK_DEPTH, rerank } from '../src/domain/ask/reranker.js';
import { KnowledgeIndex, type SourceHit } from '../src/domain/ask/search-index.js';
import { analyze, relatedTerms } from '../src/domain/ask/text/analyzer.js';
import { rewriteMakerPhrasings } from '../src/domain/ask/text/phrasings.js';
import { loadCorpus } from './corpus.js';
import { crossValidateVariants } from './cv-folds.js';
import { variantCases, type VariantRun } from './cv-variant-cases.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const FOLDS = Number(process.env.FOLDS ?? 5);
const SHIFT = Number(process.env.SHIFT ?? 0);

const known = (text: string) => [...new Set(analyze(text).map((t) => index.correction(t) ?? t))].filter((t) => index.has(t));
/** The shipped retrieve() with the phrasings' query interpolated before the second stage. */
const variant = (mode: 'replace' | 'add' | 'related', w: number, rerankOnReplaced = false) => (q: string) => {
  const { terms, guessed } = retrieve(index, q, { limit: 1, noPhrasings: true });
  const rewrite = rewriteMakerPhrasings(q);
  const depth = RERANK_DEPTH;
  const extra = rewrite ? known(rewrite.added).filter((t) => !terms.includes(t)) : [];
  const related = relatedTerms(terms);
  if (mode === 'related') for (const term of extra) if (!related.some((r) => r.term === term)) related.push({ term, weight: w });
  let first: SourceHit[] = index.query({ terms, related, limit: depth });
  const expanded = expandedTerms(index, q, terms);
  if (expanded) first = interpolate(first, index.query({ terms: expanded, limit: depth }), EXPANSION_WEIGHT).slice(0, depth);
  if (rewrite && mode !== 'related') {
    // "add" as shipped (expansion.ts phrasingTerms): no query when the phrasings add no known term.
    const other = mode === 'replace' ? known(rewrite.replaced) : extra.length ? [...terms, ...extra] : [];
    if (other.length) first = interpolate(first, index.query({ terms: other, related: relatedTerms(other), limit: depth }), w).slice(0, depth);
  }
  // The second stage on the question as the documents would word it (pairs "purchase extra storage"); the confidence keeps the question's own terms.
  const second = rerankOnReplaced && rewrite ? known(rewrite.replaced) : terms;
  const hits = rerank(index, second.length ? second : terms, first, undefined, q).slice(0, 8);
  return { terms, guessed, hits, related: rewrite ? 1 : 0 };
};
const VARIANTS: Record<string, VariantRun> = { 'no phrasings (before)': (q) => retrieve(index, q, { noPhrasings: true }) };
VARIANTS['shipped (this session)'] = (q) => retrieve(index, q);
const MODES = (process.env.MODES ?? 'replace,add,related,rerank').split(',');
for (const mode of ['replace', 'add'] as const) if (MODES.includes(mode)) for (const w of [0.2, 0.35, 0.5]) VARIANTS[`${mode}, weight ${w}`] = variant(mode, w);
if (MODES.includes('rerank')) for (const w of [0.35]) VARIANTS[`add, weight ${w}, second stage on the replaced question`] = variant('add', w, true);
if (MODES.includes('related')) for (const w of [0.3, 0.5]) VARIANTS[`related, weight ${w}`] = variant('related', w);

const casesOf = (file: string, folded: boolean, run: VariantRun) => variantCases(file, folded, run, FOLDS, SHIFT);
const tuneSet = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
const older = ['qa-questions.yaml', 'qa-holdout.yaml'];
for (const [name, file] of [['tuning half', 'qa-makers-tune.yaml'], ...older.map((f) => [f, f])] as const) {
  const set = name === 'tuning half' ? tuneSet : loadQuestions(path.join(here, file), file);
  const all = [...set.inScope.map((x) => x.q), ...set.outOfScope.map((x) => x.q)];
  console.log(`${name}: ${all.filter((q) => rewriteMakerPhrasings(q)).length} of ${all.length} questions use a phrasing`);
}
if (process.env.LIST) for (const x of tuneSet.inScope) { const r = rewriteMakerPhrasings(x.q); if (r) console.log(`  ${x.q}\n    + ${r.added}`); }
const byVariant = new Map(Object.entries(VARIANTS).map(([name, run]) => [name, { tune: casesOf('qa-makers-tune.yaml', true, run), older: older.map((f) => [f, casesOf(f, false, run)] as const) }]));
crossValidateVariants(index, byVariant, FOLDS);
