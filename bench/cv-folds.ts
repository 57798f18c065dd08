/**
 * The cross-validation machinery bench/cv-rerank.ts and bench/cv-extra.ts share: a question's
 * lexical top 20 with its feature rows, scoring a weighted re-ordering through the shipped
 * confidence (top-1 answered, refusal, precision at the default threshold), two ways of fitting
 * weights on four fifths, and the pooled score of each fifth under the model fitted without it.
 * Only the maker set's tuning half is ever passed in (the test half is never read).
 */
import { DEFAULT_CONFIDENCE_THRESHOLD, estimateConfidence } from '../src/domain/ask/confidence.js';
import type { KnowledgeIndex, SourceHit } from '../src/domain/ask/search-index.js';
import { isSmallTalk } from '../src/domain/ask/small-talk.js';

export interface FoldCase<F> {
  q: string;
  inScope: boolean;
  fold: number;
  terms: string[];
  guessed: Set<string>;
  hits: SourceHit[];
  right: boolean[];
  f: F[];
}

export interface Counts {
  n: number;
  m: number;
  first: number;
  top3: number;
  top1: number;
  answered: number;
  refused: number;
}

const ZERO: Counts = { n: 0, m: 0, first: 0, top3: 0, top1: 0, answered: 0, refused: 0 };
const add = (a: Counts, b: Counts): Counts => ({ n: a.n + b.n, m: a.m + b.m, first: a.first + b.first, top3: a.top3 + b.top3, top1: a.top1 + b.top1, answered: a.answered + b.answered, refused: a.refused + b.refused });
export const report = (t: Counts) => `first ${(t.first / t.n).toFixed(3)} top-3 ${(t.top3 / t.n).toFixed(3)} top-1 ${(t.top1 / t.n).toFixed(3)} refused ${(t.refused / t.m).toFixed(3)} precision ${(t.top1 / t.answered).toFixed(3)}`;

/** The tools over one index and feature type; `K` names the features a model may weigh. */
export function foldTools<F extends Record<K, number>, K extends string = Extract<keyof F, string>>(index: KnowledgeIndex, folds: number) {
  type Weights = Partial<Record<K, number>>;
  type Case = FoldCase<F>;
  const score = (f: F, w: Weights) => (Object.keys(w) as K[]).reduce((s, k) => s + (w[k] ?? 0) * f[k], 0);

  function counts(w: Weights, some: Case[]): Counts {
    const t: Counts = { ...ZERO };
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
  const evaluate = (w: Weights, some: Case[]) => {
    const t = counts(w, some);
    return { first: t.first / t.n, top3: t.top3 / t.n };
  };

  /** Pairwise logistic regression: each right candidate against each wrong one of the same question. */
  function fitPairwise(keys: K[], train: Case[], lambda: number): Weights {
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
    const base = keys.indexOf('base' as K);
    const scale = base >= 0 && w[base]! > 0 ? w[base]! : 1;
    return Object.fromEntries(keys.map((k, i) => [k, w[i]! / scale])) as Weights;
  }

  /** Coordinate search maximising first right + 0.5 × top-3 (what bench/tune-rerank.ts does). */
  function fitCoordinate(keys: K[], train: Case[], start: Weights = { base: 1 } as Weights): Weights {
    const grid = [-0.5, -0.2, 0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5];
    const inScope = train.filter((c) => c.inScope);
    const obj = (w: Weights) => {
      const e = evaluate(w, inScope);
      return e.first + 0.5 * e.top3;
    };
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

  /** Each fold ranked by the model fitted on the other folds, pooled. */
  function crossValidate(cases: Case[], fit: (train: Case[]) => Weights): string {
    let t: Counts = { ...ZERO };
    for (let k = 0; k < folds; k += 1) t = add(t, counts(fit(cases.filter((c) => c.fold !== k)), cases.filter((c) => c.fold === k)));
    return report(t);
  }

  return { score, counts, fitPairwise, fitCoordinate, crossValidate };
}
