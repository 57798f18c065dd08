/**
 * Experiments of issue #13's fourth session, on the maker set's TUNING half only (the test half is
 * never read), in five folds like bench/cv-rerank.ts (each model fitted on four fifths, scored on
 * the fifth, pooled; top-1, refusal and precision through the shipped confidence at 0.45):
 * - section evidence (bench/section-evidence.ts): proximity of the question's words inside the best
 *   section and the best section of the whole document, link-list sections; EXTRA=a,b picks them;
 * - DROP_LINKS=0.6: sections that are mostly Markdown links ("See also") left out of the index;
 * - PRIOR=folder|kind|both: a source-type prior, its table refitted on each four fifths (SMOOTH=5);
 * - CONF=1: the confidence with a proximity signal, refitted or fitted on top of the shipped model.
 * Run: npx tsx bench/cv-extra.ts   (FOLDS=5, SHIFT=0 moves the fold assignment, VERBOSE=1)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { questionKinds } from '../src/domain/ask/article-kind.js';
import { RERANK_DEPTH, RERANK_WEIGHTS, rerankFeatures, type RerankFeatures } from '../src/domain/ask/reranker.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex, type SourceHit } from '../src/domain/ask/search-index.js';
import { isSmallTalk } from '../src/domain/ask/small-talk.js';
import { loadCorpus } from './corpus.js';
import { foldTools, report, type FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';
import { extraFeatures, type Extra } from './section-evidence.js';

type Key = keyof RerankFeatures | keyof Extra;
type Feats = RerankFeatures & Extra;
type Weights = Partial<Record<Key, number>>;
const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
const linkShare = (md: string) => (md.length ? [...md.matchAll(/\[[^\]]*\]\([^)]*\)/g)].reduce((s, m) => s + m[0].length, 0) / md.length : 0);
const DROP = Number(process.env.DROP_LINKS ?? 2);
const all = loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs')));
const kept = all.filter((p) => linkShare(p.markdown) < DROP);
if (kept.length < all.length) console.log('sections', all.length, 'kept', kept.length);
index.add(kept);
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
const FOLDS = Number(process.env.FOLDS ?? 5);
// Question i of each kind goes to fold (i + SHIFT) % FOLDS.
const SHIFT = Number(process.env.SHIFT ?? 0);

type Case = FoldCase<Feats>;
const make = (q: string, expect: string[] | undefined, fold: number): Case => {
  const r = retrieve(index, q, { limit: RERANK_DEPTH, noRerank: true });
  const best = r.hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...r.hits.map((h) => h.best.score));
  const asks = questionKinds(q);
  return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f: extraFeatures(index, r.terms, r.hits).map((x, i) => ({ ...rerankFeatures(index, r.terms, r.hits[i]!, best, bestPassage, asks, i), ...x })) };
};
const cases = [...tune.inScope.map((x, i) => make(x.q, x.expect, (i + SHIFT) % FOLDS)), ...tune.outOfScope.map((x, i) => make(x.q, undefined, (i + SHIFT) % FOLDS))];
const { score, counts, fitPairwise, fitCoordinate, crossValidate: validate } = foldTools<Feats>(index, FOLDS);
const crossValidate = (fit: (train: Case[]) => Weights) => validate(cases, fit);

const TWO: Key[] = ['base', 'section', 'phrase'];
console.log('first stage only:', crossValidate(() => ({ base: 1 })));
console.log('shipped weights:', crossValidate(() => ({ ...RERANK_WEIGHTS })), '(in-sample)');
const EXTRA = (process.env.EXTRA ?? 'window,linkList,docWindow,winRel').split(',') as Key[];
for (const k of EXTRA) {
  console.log(`shipped + ${k} (coordinate on top)`, crossValidate((t) => fitCoordinate([k], t, { ...RERANK_WEIGHTS })));
  console.log(`two + ${k} pairwise`, crossValidate((t) => fitPairwise([...TWO, k], t, 0.001)));
}
console.log('shipped + all extra (coordinate on top)', crossValidate((t) => fitCoordinate(EXTRA, t, { ...RERANK_WEIGHTS })));
console.log('two + all extra pairwise', crossValidate((t) => fitPairwise([...TWO, ...EXTRA], t, 0.001)));

// Document-type priors learned per fold: how often a candidate of this folder / file-name kind is a
// right answer among the training questions' top 20 (smoothed log-odds), written into every case.
const SMOOTH = Number(process.env.SMOOTH ?? 5);
if (process.env.PRIOR) {
  const { articleKinds } = await import('../src/domain/ask/article-kind.js');
  const typeOf = (p: SourceHit['best']['passage']) => {
    const folder = p.path.includes('/release-notes/') ? 'release-notes' : p.path.split('/').slice(0, -1).join('/');
    const k = articleKinds(p);
    const kind = k.overview ? 'overview' : k.howTo ? 'howto' : k.limits ? 'limits' : k.problem ? 'problem' : 'other';
    return process.env.PRIOR === 'folder' ? folder : process.env.PRIOR === 'kind' ? kind : `${folder}|${kind}`;
  };
  // OLDER=1: the older sets, scored with the prior fitted on the whole tuning half (generalisation check).
  const older = process.env.OLDER ? (['qa-questions.yaml', 'qa-holdout.yaml'] as const).map((f) => { const set = loadQuestions(path.join(here, f), f); return [f, [...set.inScope.map((x) => make(x.q, x.expect, -1)), ...set.outOfScope.map((x) => make(x.q, undefined, -1))]] as [string, Case[]]; }) : [];
  const withPrior = (keys: Key[], fitter: (keys: Key[], t: Case[]) => Weights) => (train: Case[]) => {
    const seen = new Map<string, [number, number]>();
    for (const c of train.filter((c) => c.inScope)) c.hits.forEach((h, i) => { const t = typeOf(h.best.passage); const s = seen.get(t) ?? [0, 0]; s[0] += +c.right[i]!; s[1] += 1; seen.set(t, s); });
    const all = [...seen.values()].reduce((a, [r, n]) => [a[0] + r, a[1] + n], [0, 0]);
    const base = all[0] / all[1];
    for (const c of [...cases, ...older.flatMap(([, o]) => o)]) c.hits.forEach((h, i) => { const [r, n] = seen.get(typeOf(h.best.passage)) ?? [0, 0]; c.f[i]!.prior = Math.log((r + SMOOTH * base) / (n + SMOOTH) / base); });
    const w = fitter(keys, train);
    if (process.env.VERBOSE) console.log('  fold weights', JSON.stringify(w), train.length === cases.length ? JSON.stringify([...seen].map(([t, [r, n]]) => [t, r, n, +Math.log((r + SMOOTH * base) / (n + SMOOTH) / base).toFixed(3)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))) : '');
    return w;
  };
  if (process.env.VERBOSE) { const w = withPrior(['prior'], (k, t) => fitCoordinate(k, t, { ...RERANK_WEIGHTS }))(cases); console.log('whole half, in-sample:', report(counts(w, cases)));
    for (const [f, o] of older) console.log(`${f}: shipped ${report(counts({ ...RERANK_WEIGHTS }, o))}\n${f}: + prior ${w.prior} ${report(counts(w, o))}`); }
  console.log(`prior ${process.env.PRIOR}: shipped + prior (coordinate on top)`, crossValidate(withPrior(['prior'], (k, t) => fitCoordinate(k, t, { ...RERANK_WEIGHTS }))));
  console.log(`prior ${process.env.PRIOR}: two + prior pairwise`, crossValidate(withPrior([...TWO, 'prior'], (k, t) => fitPairwise(k, t, 0.001))));
}
if (process.env.FIX) { const w = { ...RERANK_WEIGHTS, ...JSON.parse(process.env.FIX) }; console.log('fixed', process.env.FIX, crossValidate(() => w)); }

// Confidence with proximity: the shipped five signals plus the first source's window share (and
// its gap to the second), a logistic model fitted per fold on four fifths, thresholded at 0.45.
if (process.env.CONF) {
  const { confidenceSignals, confidenceFeatures, CONFIDENCE_MODEL } = await import('../src/domain/ask/confidence.js');
  const rows = cases.map((c) => {
    const order = c.hits.map((h, i) => ({ h: { ...h, score: score(c.f[i]!, RERANK_WEIGHTS) }, right: c.right[i]!, f: c.f[i]! })).sort((a, b) => b.h.score - a.h.score);
    const s = confidenceFeatures(confidenceSignals(index, c.terms, order.map((o) => o.h), c.guessed));
    const extra = [order[0]?.f.window ?? 0, (order[0]?.f.window ?? 0) - (order[1]?.f.window ?? 0), order[0]?.f.winRel ?? 0];
    return { c, x: [1, ...s], e: extra, y: c.inScope && !!order[0]?.right, small: isSmallTalk(c.q) };
  });
  const sig = (z: number) => 1 / (1 + Math.exp(-z));
  const fit = (X: number[][], y: boolean[]) => {
    const w = X[0]!.map(() => 0);
    for (let it = 0; it < 3000; it += 1) {
      const g = w.map((v, j) => (j ? 0.01 * v : 0));
      X.forEach((x, i) => { const p = sig(x.reduce((s, v, j) => s + v * w[j]!, 0)); x.forEach((v, j) => (g[j]! += ((p - +y[i]!) * v) / X.length)); });
      w.forEach((_, j) => (w[j]! -= 1 * g[j]!));
    }
    return w;
  };
  const fitTop = (X: number[][], off: number[], y: boolean[]) => {
    const w = X[0]!.map(() => 0);
    for (let it = 0; it < 3000; it += 1) {
      const g = w.map((v, j) => (j ? 0.01 * v : 0));
      X.forEach((x, i) => { const p = sig(off[i]! + x.reduce((s, v, j) => s + v * w[j]!, 0)); x.forEach((v, j) => (g[j]! += ((p - +y[i]!) * v) / X.length)); });
      w.forEach((_, j) => (w[j]! -= 1 * g[j]!));
    }
    return w;
  };
  const logit = (r: (typeof rows)[number]) => r.x.reduce((s, v, j) => s + v * CONFIDENCE_MODEL[j]!, 0);
  for (const [name, use] of [['on top: winRel', [2]], ['on top: window', [0]], ['on top: window gap', [1]], ['on top: all three', [0, 1, 2]]] as Array<[string, number[]]>) {
    const oof: Array<[number, boolean, boolean]> = [];
    const ws: string[] = [];
    for (let k = 0; k < FOLDS; k += 1) {
      const feats = (r: (typeof rows)[number]) => [1, ...use.map((j) => r.e[j]!)];
      const train = rows.filter((r) => r.c.fold !== k);
      const w = fitTop(train.map(feats), train.map(logit), train.map((r) => r.y));
      ws.push(w.map((v) => v.toFixed(2)).join(','));
      for (const r of rows.filter((r) => r.c.fold === k)) oof.push([r.small ? 0 : sig(logit(r) + feats(r).reduce((s, v, j) => s + v * w[j]!, 0)), r.c.inScope, r.y]);
    }
    const n = oof.filter(([, i]) => i).length, m = oof.length - n;
    const sweep = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((th) => { const a = oof.filter(([p]) => p >= th); const r = a.filter(([, , y]) => y).length; return `${th}: ${(r / n).toFixed(3)}/${(r / a.length).toFixed(3)}/${(oof.filter(([p, i]) => !i && p < th).length / m).toFixed(2)}`; });
    console.log(`  sweep ${name} [${ws.join(' | ')}]`, sweep.join('  '));
  }
  for (const [name, use] of [['shipped model', null], ['five refitted', []], ['+ window', [0]], ['+ window gap', [1]], ['+ winRel', [2]], ['+ all three', [0, 1, 2]]] as Array<[string, number[] | null]>) {
    const t = { n: 0, m: 0, top1: 0, answered: 0, refused: 0 };
    const oof: Array<[number, boolean, boolean]> = [];
    for (let k = 0; k < FOLDS; k += 1) {
      const feats = (r: (typeof rows)[number]) => [...r.x, ...(use ?? []).map((j) => r.e[j]!)];
      const train = rows.filter((r) => r.c.fold !== k);
      const w = use ? fit(train.map(feats), train.map((r) => r.y)) : CONFIDENCE_MODEL;
      for (const r of rows.filter((r) => r.c.fold === k)) {
        const p = r.small ? 0 : sig(feats(r).reduce((s, v, j) => s + v * w[j]!, 0));
        oof.push([p, r.c.inScope, r.y]);
        const ok = p >= 0.45;
        if (ok) t.answered += 1;
        if (r.c.inScope) { t.n += 1; if (ok && r.y) t.top1 += 1; } else { t.m += 1; if (!ok) t.refused += 1; }
      }
    }
    const sweep = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((th) => { const a = oof.filter(([p]) => p >= th); const r = a.filter(([, , y]) => y).length; return `${th}: ${(r / t.n).toFixed(3)}/${(r / a.length).toFixed(3)}/${(oof.filter(([p, i]) => !i && p < th).length / t.m).toFixed(2)}`; });
    console.log(`  sweep ${name} (threshold: top-1/precision/refused)`, sweep.join('  '));
    console.log(`confidence ${name}: top-1 ${(t.top1 / t.n).toFixed(3)} refused ${(t.refused / t.m).toFixed(3)} precision ${(t.top1 / t.answered).toFixed(3)}`);
  }
}
