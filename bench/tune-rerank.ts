/**
 * Fits the second-stage weights (src/domain/ask/reranker.ts) on the TUNING half of the maker set
 * only: features of the lexical top 20 are computed once, then a coordinate search over the
 * weights maximises "the first source is right" (ties broken by top-3). Run: npx tsx bench/tune-rerank.ts
 * The test half is never read here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RERANK_DEPTH, RERANK_WEIGHTS, rerankFeatures, rerankScore, type RerankFeatures } from '../src/domain/ask/reranker.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
const index = new KnowledgeIndex();
index.add(loadCorpus(corpus));
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');

type Weights = Record<keyof RerankFeatures, number>;
const cases = tune.inScope.map(({ q, expect }) => {
  const r = retrieve(index, q, { limit: RERANK_DEPTH, noRerank: true, noSpelling: process.env.NO_SPELLING === "1", noExpansion: process.env.NO_EXP === "1" });
  const best = r.hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...r.hits.map((h) => h.best.score));
  return r.hits.map((h) => ({ right: expect.includes(h.best.passage.path), f: rerankFeatures(index, r.terms, h, best, bestPassage) }));
});

function evaluate(w: Weights, fold = -1): { first: number; top3: number } {
  let first = 0;
  let top3 = 0;
  const some = fold < 0 ? cases : cases.filter((_, i) => i % 2 === fold);
  for (const c of some) {
    const order = [...c].sort((a, b) => rerankScore(b.f, w) - rerankScore(a.f, w));
    if (order[0]?.right) first += 1;
    if (order.slice(0, 3).some((x) => x.right)) top3 += 1;
  }
  return { first: first / some.length, top3: top3 / some.length };
}
const objective = (w: Weights, fold = -1) => {
  const e = evaluate(w, fold);
  return e.first + 0.5 * e.top3;
};

const none: Weights = { base: 1, title: 0, heading: 0, section: 0, source: 0, phrase: 0, passage: 0, agreement: 0, releaseNotes: 0, overview: 0, slug: 0, rareTopic: 0, rank: 0, askOverview: 0, askHowTo: 0, askLimits: 0, askProblem: 0, howToOverview: 0 };
console.log('first stage only:', evaluate(none));
console.log('current weights:', evaluate({ ...RERANK_WEIGHTS }), RERANK_WEIGHTS);
console.log('right source in the top 20:', cases.filter((c) => c.some((x) => x.right)).length / cases.length);
/** Coordinate search from `start` over the features in `keys`, on one fold (or all questions). */
function fit(start: Weights, keys: Array<keyof Weights>, fold = -1): Weights {
  let w = { ...start };
  let bestValue = objective(w, fold);
  const grid = [-0.5, -0.2, 0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2];
  for (let round = 0; round < 3; round += 1) {
    for (const k of keys) {
      for (const v of grid) {
        const trial = { ...w, [k]: v };
        const value = objective(trial, fold);
        if (value > bestValue + 1e-9) [w, bestValue] = [trial, value];
      }
    }
  }
  return w;
}

// Two-fold check inside the tuning half: fit on one half of it, score on the other, both ways.
const all = (Object.keys(none) as Array<keyof Weights>).filter((k) => k !== 'base');
const small: Array<keyof Weights> = ['title', 'heading', 'section', 'phrase'];
for (const [name, keys] of [['all features', all], ['coverage and phrase only', small]] as const) {
  const held = [0, 1].map((fold) => evaluate(fit(none, [...keys], fold), 1 - fold));
  console.log(`${name}: fitted on one fold, scored on the other:`, held, 'first stage on the same folds:', [evaluate(none, 1), evaluate(none, 0)]);
  console.log(`${name}: fitted on the whole tuning half:`, evaluate(fit(none, [...keys])), fit(none, [...keys]));
}
if (process.env.TRY) {
  for (const spec of process.env.TRY.split(';')) {
    const w = { ...none, ...(JSON.parse(spec) as Partial<Weights>) };
    console.log(spec, 'fold0', evaluate(w, 0), 'fold1', evaluate(w, 1), 'all', evaluate(w));
  }
}
