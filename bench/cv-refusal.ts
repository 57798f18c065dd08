/**
 * Out-of-scope gates on top of the shipped confidence, issue #13's sixth session, on the maker set's
 * TUNING half only (the test half is never read). An answer (confidence ≥ 0.45) is turned into a
 * refusal when a gate says the question is outside what the corpus knows:
 * - "unknown share ≥ t": share of the question's IDF mass in words the corpus has never seen;
 * - "matched IDF < t": the IDF mass of question words the best source contains (absolute, not a share);
 * - "rarest matched IDF < t": the highest IDF among the question words the best source contains;
 * - "known terms < t": how many of the question's terms the corpus knows.
 * Five folds (question i of each kind in fold i mod 5): each fold takes the gate and threshold with
 * the best top-1 + precision on the other four (no gate wins ties), pooled. Then every gate on the
 * whole half and on the older sets.
 * Run: npx tsx bench/cv-refusal.ts   (FOLDS=5)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../src/domain/ask/confidence.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const FOLDS = Number(process.env.FOLDS ?? 5);

interface Case { inScope: boolean; right: boolean; answered: boolean; fold: number; g: Record<string, number>; q: string }
const casesOf = (file: string) => {
  const set = loadQuestions(path.join(here, file), file);
  const make = (q: string, expect: string[] | undefined, fold: number): Case => {
    const r = retrieve(index, q);
    const top = r.hits[0];
    const matched = new Set(top ? [top.best, ...top.others].flatMap((h) => h.queryTerms) : []);
    const idf = r.terms.filter((t) => matched.has(t)).map((t) => index.idf(t));
    return {
      q, fold, inScope: !!expect, right: !!top && !!expect?.includes(top.best.passage.path), answered: r.confidence >= DEFAULT_CONFIDENCE_THRESHOLD,
      g: { unknown: r.signals.unknown, matchedIdf: idf.reduce((a, b) => a + b, 0), rarestMatched: Math.max(0, ...idf), known: r.terms.filter((t) => index.has(t)).length },
    };
  };
  return [...set.inScope.map((x, i) => make(x.q, x.expect, i % FOLDS)), ...set.outOfScope.map((x, i) => make(x.q, undefined, i % FOLDS))];
};
type Gate = { name: string; key: string; dir: 1 | -1; t: number };
const gates: Gate[] = [{ name: 'no gate', key: 'unknown', dir: 1, t: Infinity }];
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5]) gates.push({ name: `unknown share ≥ ${t}`, key: 'unknown', dir: 1, t });
for (const t of [4, 6, 8, 10, 12, 15]) gates.push({ name: `matched IDF < ${t}`, key: 'matchedIdf', dir: -1, t });
for (const t of [2, 3, 4, 5]) gates.push({ name: `rarest matched IDF < ${t}`, key: 'rarestMatched', dir: -1, t });
for (const t of [2, 3]) gates.push({ name: `known terms < ${t}`, key: 'known', dir: -1, t });
const refuses = (g: Gate, c: Case) => (g.dir === 1 ? c.g[g.key]! >= g.t : c.g[g.key]! < g.t);
const counts = (g: Gate, some: Case[]) => {
  const t = { n: 0, m: 0, top1: 0, answered: 0, refused: 0 };
  for (const c of some) {
    const ok = c.answered && !refuses(g, c);
    if (ok) t.answered += 1;
    if (c.inScope) { t.n += 1; if (ok && c.right) t.top1 += 1; } else { t.m += 1; if (!ok) t.refused += 1; }
  }
  return t;
};
const show = (t: ReturnType<typeof counts>) => `top-1 ${(t.top1 / t.n).toFixed(3)} refused ${(t.refused / t.m).toFixed(3)} precision ${(t.top1 / t.answered).toFixed(3)}`;
const tune = casesOf('qa-makers-tune.yaml');
const older = ['qa-questions.yaml', 'qa-holdout.yaml'].map((f) => [f, casesOf(f)] as const);
const objective = (g: Gate, some: Case[]) => { const t = counts(g, some); return t.top1 / t.n + t.top1 / Math.max(1, t.answered); };
const pooled = { n: 0, m: 0, top1: 0, answered: 0, refused: 0 };
for (let k = 0; k < FOLDS; k += 1) {
  const train = tune.filter((c) => c.fold !== k);
  const pick = gates.reduce((b, g) => (objective(g, train) > objective(b, train) + 1e-9 ? g : b), gates[0]!);
  console.log(`fold ${k}: chose "${pick.name}"`);
  const t = counts(pick, tune.filter((c) => c.fold === k));
  for (const key of Object.keys(pooled) as (keyof typeof pooled)[]) pooled[key] += t[key];
}
console.log('gate chosen per fold (cross-validated):', show(pooled));
for (const g of gates) console.log(`${g.name}\n  tuning half: ${show(counts(g, tune))}${older.map(([f, c]) => `\n  ${f}: ${show(counts(g, c))}`).join('')}`);
console.log('\nout-of-scope answered on the tuning half, and its gate values:');
for (const c of tune.filter((c) => !c.inScope && c.answered)) console.log(`  ${c.q} ${JSON.stringify(c.g)}`);
const inAns = tune.filter((c) => c.inScope && c.answered);
for (const key of ['unknown', 'matchedIdf', 'rarestMatched', 'known']) {
  const v = inAns.map((c) => c.g[key]!).sort((a, b) => a - b);
  console.log(`answered in-scope ${key}: min ${v[0]!.toFixed(2)} p10 ${v[Math.floor(v.length * 0.1)]!.toFixed(2)} median ${v[Math.floor(v.length / 2)]!.toFixed(2)} max ${v[v.length - 1]!.toFixed(2)}`);
}
