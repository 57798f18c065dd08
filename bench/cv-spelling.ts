/**
 * Typo correction rules of issue #13's fifth session, on the maker set's TUNING half only (the test
 * half is never read): each rule decides which known term may replace a word the index has never
 * seen. Five folds like bench/cv-extra.ts: on each four fifths the rule with the best top-1 +
 * precision is chosen (ties to the shipped rule), and scored on the fifth; pooled. Then each rule
 * on the whole tuning half and on the older sets (no choice made on those).
 * Run: npx tsx bench/cv-spelling.ts   (FOLDS=5, SHIFT=0 moves the fold assignment)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { editDistance } from '../src/domain/ask/text/spelling.js';
import { loadCorpus } from './corpus.js';
import { foldTools, report, type FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const FOLDS = Number(process.env.FOLDS ?? 5);
const SHIFT = Number(process.env.SHIFT ?? 0);
const shipped = KnowledgeIndex.prototype.correction;
const vocabulary = [...(index as unknown as { df: Map<string, number> }).df].filter(([, n]) => n >= 2);

/** Two adjacent letters swapped, nothing else ("chnag" → "chang"). */
const swapped = (a: string, b: string) => {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
};
/** The shipped choice (fewest edits, then most common) among the known terms a rule allows. */
const ruled = (allow: (term: string, known: string, d: number) => boolean) => (term: string) => {
  if (index.has(term) || term.length < 4 || /\d/.test(term)) return undefined;
  let best: [string, number, number] | undefined;
  for (const [known, count] of vocabulary) {
    if (known[0] !== term[0] || Math.abs(known.length - term.length) > 2) continue;
    const d = editDistance(term, known, 2);
    if (d > (term.length >= 7 ? 2 : 1) || !allow(term, known, d)) continue;
    if (!best || d < best[1] || (d === best[1] && count > best[2])) best = [known, d, count];
  }
  return best?.[0];
};
const RULES: Record<string, (term: string) => string | undefined> = {
  shipped: (t) => shipped.call(index, t),
  'one edit at most': ruled((_t, _k, d) => d <= 1),
  'one edit; up to 5 letters only a swap': ruled((t, k, d) => d <= 1 && (t.length >= 6 || swapped(t, k))),
  'one edit; none up to 5 letters': ruled((t, _k, d) => d <= 1 && t.length >= 6),
  'up to 5 letters only a swap': ruled((t, k) => t.length >= 6 || swapped(t, k)),
  'no correction': () => undefined,
};

type Case = FoldCase<{ base: number }>;
const tools = foldTools<{ base: number }>(index, FOLDS);
const make = (q: string, expect: string[] | undefined, fold: number): Case => {
  const r = retrieve(index, q);
  return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f: r.hits.map((h) => ({ base: h.score })) };
};
const casesOf = (file: string, folded: boolean) => {
  const set = loadQuestions(path.join(here, file), file);
  return [...set.inScope.map((x, i) => make(x.q, x.expect, folded ? (i + SHIFT) % FOLDS : -1)), ...set.outOfScope.map((x, i) => make(x.q, undefined, folded ? (i + SHIFT) % FOLDS : -1))];
};
const byRule = new Map<string, { tune: Case[]; older: [string, Case[]][] }>();
for (const [name, rule] of Object.entries(RULES)) {
  index.correction = rule;
  byRule.set(name, { tune: casesOf('qa-makers-tune.yaml', true), older: ['qa-questions.yaml', 'qa-holdout.yaml'].map((f) => [f, casesOf(f, false)]) });
}
const names = [...byRule.keys()];
const objective = (some: Case[]) => {
  const t = tools.counts({ base: 1 }, some);
  return t.top1 / t.n + t.top1 / Math.max(1, t.answered);
};
// Per fold: the rule best on the other four fifths (first listed wins ties), scored on this fifth.
let pooled = { n: 0, m: 0, first: 0, top3: 0, top1: 0, answered: 0, refused: 0 };
for (let k = 0; k < FOLDS; k += 1) {
  const pick = names.reduce((b, n) => (objective(byRule.get(n)!.tune.filter((c) => c.fold !== k)) > objective(byRule.get(b)!.tune.filter((c) => c.fold !== k)) + 1e-9 ? n : b), names[0]!);
  const t = tools.counts({ base: 1 }, byRule.get(pick)!.tune.filter((c) => c.fold === k));
  console.log(`fold ${k}: chose "${pick}"`);
  pooled = Object.fromEntries(Object.entries(pooled).map(([key, v]) => [key, v + t[key as keyof typeof t]])) as typeof pooled;
}
console.log('rule chosen per fold (cross-validated):', report(pooled));
for (const n of names) {
  const { tune, older } = byRule.get(n)!;
  console.log(`\n${n}\n  tuning half: ${report(tools.counts({ base: 1 }, tune))}`);
  for (const [f, c] of older) console.log(`  ${f}: ${report(tools.counts({ base: 1 }, c))}`);
}
