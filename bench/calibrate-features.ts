/**
 * Can more retrieval signals separate right answers from wrong ones and from out-of-scope
 * questions? Adds candidate features to the confidence model's five (whole-source coverage, phrase
 * pairs, title coverage after re-ranking, share of known question words missing from the top
 * source, whether the rarest known word is in it, coverage gap to the second source), fits a
 * logistic model on one half of the maker TUNING set (+ starter FAQ) and scores it on the other,
 * both ways; prints the shipped model on the tuning half for comparison (it was not fitted on it).
 * Never reads the test half. Run: npx tsx bench/calibrate-features.ts
 */
import path from 'node:path';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { confidenceFeatures } from '../src/domain/ask/confidence.js';
import { rerankFeatures } from '../src/domain/ask/reranker.js';
import { loadCorpus, loadStarterFaq } from './corpus.js';
import { loadQuestions, type QuestionSet } from './questions.js';
const here = path.dirname(new URL(import.meta.url).pathname);
const corpusIndex = new KnowledgeIndex();
corpusIndex.add(loadCorpus(path.join(here, '../../shared/corpus/power-platform-docs')));
const faqIndex = new KnowledgeIndex();
faqIndex.add(loadStarterFaq(path.join(here, '../content')));
/** One question: features, 1 when the first source is right, in scope or not. */
interface S { x: number[]; y: number; inScope: boolean; q: string; style?: string }
function feats(index: KnowledgeIndex, q: string) {
  const r = retrieve(index, q);
  const base = confidenceFeatures(r.signals);
  const top = r.hits[0];
  if (!top) return [...base, 0, 0, 0, 0, 0, 0];
  const f = rerankFeatures(index, r.terms, top, top.score, top.best.score);
  const f2 = r.hits[1] ? rerankFeatures(index, r.terms, r.hits[1], top.score, top.best.score) : undefined;
  const w = r.terms.map((t) => index.idf(t));
  const tot = w.reduce((a, b) => a + b, 0) || 1;
  const src = index.sourceTerms(top.groupKey);
  // share of the question's IDF in known terms missing from the whole top source
  const missingKnown = r.terms.reduce((s, t, i) => s + (index.has(t) && !src.has(t) ? w[i]! : 0), 0) / tot;
  // is the rarest known term in the top source?
  let rare = -1, rareIn = 1;
  r.terms.forEach((t, i) => { if (index.has(t) && w[i]! > rare) { rare = w[i]!; rareIn = src.has(t) ? 1 : 0; } });
  return [...base, f.source, f.phrase, f.title, missingKnown, rareIn, f2 ? f.source - f2.source : f.source];
}
function samples(set: QuestionSet, index: KnowledgeIndex): S[] {
  const out: S[] = [];
  for (const { q, expect, style } of set.inScope) { const r = retrieve(index, q); out.push({ x: feats(index, q), y: expect.includes(r.hits[0]?.best.passage.path ?? '') ? 1 : 0, inScope: true, q, style }); }
  for (const { q, style } of set.outOfScope) out.push({ x: feats(index, q), y: 0, inScope: false, q, style });
  return out;
}
const sig = (z: number) => 1 / (1 + Math.exp(-z));
function fit(data: S[], cols: number[], l2 = 0.01) {
  const w = new Array<number>(cols.length + 1).fill(0);
  for (let step = 0; step < 6000; step++) {
    const g = new Array<number>(cols.length + 1).fill(0);
    for (const s of data) { const e = sig(w[0]! + cols.reduce((a, c, i) => a + s.x[c]! * w[i + 1]!, 0)) - s.y; g[0]! += e; cols.forEach((c, i) => (g[i + 1]! += e * s.x[c]!)); }
    for (let i = 0; i <= cols.length; i++) w[i]! -= 0.5 * (g[i]! / data.length + (i ? l2 * w[i]! : 0));
  }
  return w;
}
const pred = (w: number[], cols: number[], s: S) => sig(w[0]! + cols.reduce((a, c, i) => a + s.x[c]! * w[i + 1]!, 0));
function evalAt(data: S[], p: (s: S) => number, t: number) {
  const ins = data.filter((s) => s.inScope), oos = data.filter((s) => !s.inScope);
  const ans = data.filter((s) => p(s) >= t);
  const ll = -data.reduce((a, s) => a + Math.log(Math.max(1e-9, s.y ? p(s) : 1 - p(s))), 0) / data.length;
  return `top1 ${(ins.filter((s) => s.y && p(s) >= t).length / ins.length).toFixed(3)} refused ${(oos.filter((s) => p(s) < t).length / oos.length).toFixed(3)} prec ${(ans.filter((s) => s.y).length / (ans.length || 1)).toFixed(3)} ll ${ll.toFixed(3)}`;
}
const tune = samples(loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 't'), corpusIndex);
const faq = samples(loadQuestions(path.join(here, 'qa-faq.yaml'), 'f'), faqIndex);
const main = samples(loadQuestions(path.join(here, 'qa-questions.yaml'), 'm'), corpusIndex);
const hold = samples(loadQuestions(path.join(here, 'qa-holdout.yaml'), 'h'), corpusIndex);
// folds inside tune: alternate
const foldA = tune.filter((_, i) => i % 2 === 0), foldB = tune.filter((_, i) => i % 2 === 1);
const names = ['cov', 'tcov', 'unk', 'lstr', 'margin', 'srcCov', 'phrase', 'titleRR', 'missKnown', 'rareIn', 'srcGap'];
const variants: Record<string, number[]> = { shipped5: [0, 1, 2, 3, 4], all: names.map((_, i) => i) };
for (let i = 5; i < names.length; i++) variants[`5+${names[i]}`] = [0, 1, 2, 3, 4, i];
for (const [name, cols] of Object.entries(variants)) {
  const wA = fit([...foldA, ...faq], cols), wB = fit([...foldB, ...faq], cols);
  const cvP = (s: S) => (foldA.includes(s) ? pred(wB, cols, s) : pred(wA, cols, s));
  const w = fit([...tune, ...faq], cols);
  console.log(name.padEnd(14), 'CV@0.45', evalAt(tune, cvP, 0.45), '| CV@0.55', evalAt(tune, cvP, 0.55), '| main', evalAt(main, (s) => pred(w, cols, s), 0.45), '| hold', evalAt(hold, (s) => pred(w, cols, s), 0.45));
  if (name === 'all' || process.env.W) console.log('  w', w.map((v) => v.toFixed(2)).join(' '));
}
const { CONFIDENCE_MODEL } = await import('../src/domain/ask/confidence.js');
const shipped = (s: S) => sig(CONFIDENCE_MODEL[0]! + s.x.slice(0, 5).reduce((a, v, i) => a + v * CONFIDENCE_MODEL[i + 1]!, 0));
console.log('shipped model  tune@0.45', evalAt(tune, shipped, 0.45), '| tune@0.55', evalAt(tune, shipped, 0.55));
