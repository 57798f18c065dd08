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
import { DEFAULT_CONFIDENCE_THRESHOLD, estimateConfidence } from '../src/domain/ask/confidence.js';
import { questionKinds } from '../src/domain/ask/article-kind.js';
import { RERANK_DEPTH, RERANK_WEIGHTS, rerankFeatures, type RerankFeatures } from '../src/domain/ask/reranker.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex, type SourceHit } from '../src/domain/ask/search-index.js';
import { isSmallTalk } from '../src/domain/ask/small-talk.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';

type Key = keyof RerankFeatures;
type Weights = Partial<Record<Key, number>>;
const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
const FOLDS = Number(process.env.FOLDS ?? 5);

interface Case { q: string; inScope: boolean; fold: number; terms: string[]; guessed: Set<string>; hits: SourceHit[]; right: boolean[]; f: RerankFeatures[] }
const make = (q: string, expect: string[] | undefined, fold: number): Case => {
  const r = retrieve(index, q, { limit: RERANK_DEPTH, noRerank: true });
  const best = r.hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...r.hits.map((h) => h.best.score));
  const asks = questionKinds(q);
  return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f: r.hits.map((h, i) => rerankFeatures(index, r.terms, h, best, bestPassage, asks, i)) };
};
const cases = [...tune.inScope.map((x, i) => make(x.q, x.expect, i % FOLDS)), ...tune.outOfScope.map((x, i) => make(x.q, undefined, i % FOLDS))];
const score = (f: RerankFeatures, w: Weights) => (Object.keys(w) as Key[]).reduce((s, k) => s + (w[k] ?? 0) * f[k], 0);

interface Counts { n: number; m: number; first: number; top3: number; top1: number; answered: number; refused: number }
function counts(w: Weights, some: Case[]): Counts {
  const t: Counts = { n: 0, m: 0, first: 0, top3: 0, top1: 0, answered: 0, refused: 0 };
  for (const c of some) {
    const order = c.hits.map((h, i) => ({ h: { ...h, score: score(c.f[i]!, w) }, right: c.right[i]! })).sort((a, b) => b.h.score - a.h.score);
    const conf = isSmallTalk(c.q) ? 0 : estimateConfidence(index, c.terms, order.map((o) => o.h), c.guessed).confidence;
    const ok = conf >= DEFAULT_CONFIDENCE_THRESHOLD;
    if (ok) t.answered += 1;
    if (c.inScope) {
      t.n += 1;
      if (order[0]?.right) t.first += 1;
      if (order.slice(0, 3).some((o) => o.right)) t.top3 += 1;
      if (ok && order[0]?.right) t.top1 += 1;
    } else {
      t.m += 1;
      if (!ok) t.refused += 1;
    }
  }
  return t;
}
const add = (a: Counts, b: Counts): Counts => ({ n: a.n + b.n, m: a.m + b.m, first: a.first + b.first, top3: a.top3 + b.top3, top1: a.top1 + b.top1, answered: a.answered + b.answered, refused: a.refused + b.refused });
const report = (t: Counts) => `first ${(t.first / t.n).toFixed(3)} top-3 ${(t.top3 / t.n).toFixed(3)} top-1 ${(t.top1 / t.n).toFixed(3)} refused ${(t.refused / t.m).toFixed(3)} precision ${(t.top1 / t.answered).toFixed(3)}`;
const evaluate = (w: Weights, some: Case[]) => { const t = counts(w, some); return { first: t.first / t.n, top3: t.top3 / t.n }; };

/** Pairwise logistic regression: each right candidate against each wrong one of the same question. */
function fitPairwise(keys: Key[], train: Case[], lambda: number): Weights {
  const pairs: number[][] = [];
  for (const c of train) {
    c.right.forEach((r, i) => {
      if (!r) return;
      c.right.forEach((r2, j) => {
        if (!r2) pairs.push(keys.map((k) => c.f[i]![k] - c.f[j]![k]));
      });
    });
  }
  const w = keys.map((k) => (k === 'base' ? 1 : 0));
  for (let it = 0; it < 400; it += 1) {
    const g = w.map((x) => 2 * lambda * x);
    for (const d of pairs) {
      const z = d.reduce((s, x, i) => s + x * w[i]!, 0);
      const p = 1 / (1 + Math.exp(z));
      d.forEach((x, i) => (g[i]! -= (p * x) / pairs.length));
    }
    w.forEach((_, i) => (w[i]! -= 2 * g[i]!));
  }
  // Ranking is scale-free; the confidence's margin is not: keep the first-stage score at weight 1.
  const scale = w[keys.indexOf('base')]! > 0 ? w[keys.indexOf('base')]! : 1;
  return Object.fromEntries(keys.map((k, i) => [k, w[i]! / scale]));
}

/** Coordinate search maximising first right + 0.5 × top-3 (what bench/tune-rerank.ts does). */
function fitCoordinate(keys: Key[], train: Case[], start: Weights = { base: 1 }): Weights {
  const grid = [-0.5, -0.2, 0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5];
  const obj = (w: Weights) => { const e = evaluate(w, train.filter((c) => c.inScope)); return e.first + 0.5 * e.top3; };
  let w: Weights = { ...start };
  let best = obj(w);
  for (let round = 0; round < 2; round += 1)
    for (const k of keys.filter((k) => k !== 'base'))
      for (const v of grid) {
        const t = { ...w, [k]: v };
        const o = obj(t);
        if (o > best + 1e-9) [w, best] = [t, o];
      }
  return w;
}

/** Each fifth ranked by the model fitted on the other four fifths, pooled. */
function crossValidate(fit: (train: Case[]) => Weights): string {
  let t: Counts = { n: 0, m: 0, first: 0, top3: 0, top1: 0, answered: 0, refused: 0 };
  for (let k = 0; k < FOLDS; k += 1) t = add(t, counts(fit(cases.filter((c) => c.fold !== k)), cases.filter((c) => c.fold === k)));
  return report(t);
}

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
