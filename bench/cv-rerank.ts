/**
 * Cross-validated second stage on the maker set's TUNING half only (the test half is never read):
 * features of the lexical top 20 are computed once per question, then each candidate model is
 * fitted on four fifths of the questions and scored on the fifth, for every fifth. Reports the
 * first source right, top-3, and (through the shipped confidence model on the re-ordered list)
 * top-1 answered, refusal and precision at the default threshold.
 * Run: npx tsx bench/cv-rerank.ts   (FEATURES=a,b,c to try one feature set; FOLDS=5)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { questionKinds } from '../src/domain/ask/article-kind.js';
import { RERANK_DEPTH, RERANK_WEIGHTS, rerankFeatures, type RerankFeatures } from '../src/domain/ask/reranker.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { loadCorpus } from './corpus.js';
import { foldTools, report, type FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';

type Key = keyof RerankFeatures;
type Weights = Partial<Record<Key, number>>;
const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
const FOLDS = Number(process.env.FOLDS ?? 5);

type Case = FoldCase<RerankFeatures>;
const make = (q: string, expect: string[] | undefined, fold: number): Case => {
  const r = retrieve(index, q, { limit: RERANK_DEPTH, noRerank: true });
  const best = r.hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...r.hits.map((h) => h.best.score));
  const asks = questionKinds(q);
  return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f: r.hits.map((h, i) => rerankFeatures(index, r.terms, h, best, bestPassage, asks, i)) };
};
const cases = [...tune.inScope.map((x, i) => make(x.q, x.expect, i % FOLDS)), ...tune.outOfScope.map((x, i) => make(x.q, undefined, i % FOLDS))];
const { counts, fitPairwise, fitCoordinate, crossValidate: validate } = foldTools<RerankFeatures>(index, FOLDS);
const crossValidate = (fit: (train: Case[]) => Weights) => validate(cases, fit);

const OLD: Key[] = ['base', 'title', 'heading', 'section', 'source', 'phrase', 'passage', 'agreement', 'releaseNotes', 'overview'];
const NEW: Key[] = ['slug', 'rareTopic', 'rank', 'askOverview', 'askHowTo', 'askLimits', 'askProblem', 'howToOverview'];
console.log('first stage only:', crossValidate(() => ({ base: 1 })));
console.log('shipped weights:', crossValidate(() => ({ ...RERANK_WEIGHTS })), '(in-sample: not fitted per fold)');
const sets: Array<[string, Key[]]> = process.env.FEATURES
  ? [['FEATURES', ['base', ...(process.env.FEATURES.split(',') as Key[])]]]
  : [['shipped two', ['base', 'section', 'phrase']], ['shipped two + slug + rareTopic', ['base', 'section', 'phrase', 'slug', 'rareTopic']], ['shipped two + rareTopic + kinds', ['base', 'section', 'phrase', 'rareTopic', 'askOverview', 'askHowTo', 'askLimits', 'askProblem', 'howToOverview']], ['old features', OLD], ['old + new', [...OLD, ...NEW]], ['shipped two + new', ['base', 'section', 'phrase', ...NEW]], ...(process.env.EACH ? NEW : []).map((k) => [`shipped two + ${k}`, ['base', 'section', 'phrase', k]] as [string, Key[]])];
for (const [name, keys] of sets) {
  for (const lambda of (process.env.LAMBDA ?? '0.001,0.01').split(',').map(Number)) console.log(`${name}: pairwise logistic λ=${lambda}`, crossValidate((t) => fitPairwise(keys, t, lambda)));
  if (!process.env.NO_COORD) console.log(`${name}: coordinate search`, crossValidate((t) => fitCoordinate(keys, t)));
}
// The shipped weights kept, only the new features fitted per fold.
if (process.env.ONTOP) {
  const keys = process.env.ONTOP.split(',') as Key[];
  console.log(`shipped + ${keys.join(', ')} (coordinate, new weights only)`, crossValidate((t) => fitCoordinate(keys, t, { ...RERANK_WEIGHTS })));
}
if (process.env.SHOW) for (const [name, keys] of sets) console.log(name, 'fitted on the whole tuning half:', JSON.stringify(fitPairwise(keys, cases, Number(process.env.SHOW))), report(counts(fitPairwise(keys, cases, Number(process.env.SHOW)), cases)));
