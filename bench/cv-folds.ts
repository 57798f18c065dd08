/**
 * The cross-validation machinery the bench/cv-*.ts scripts share: a question's
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

/** The same questions under each variant of retrieval: the tuning half's cases (with folds) and each older set's. */
export type VariantCases<F> = Map<string, { tune: FoldCase<F>[]; older: (readonly [string, FoldCase<F>[]])[] }>;

/**
 * Picks, on four fifths of the tuning half, the variant and confidence threshold with the best
 * top-1 plus precision, scores the fifth left out under that pick, and prints the pooled figures,
 * then every variant at every threshold on the tuning half and the older sets (bench/cv-cooc.ts,
 * bench/cv-related.ts: a variant is a way of retrieving, not a weighting of the shipped ranking).
 */
export function crossValidateVariants<F>(index: KnowledgeIndex, byVariant: VariantCases<F>, folds: number): void {
  type Case = FoldCase<F>;
  const FOLDS = folds;
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
}
