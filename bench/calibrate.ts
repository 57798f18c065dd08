/**
 * Fits the confidence model (src/domain/ask/confidence.ts): logistic regression of "the best
 * source is right" on the retrieval signals, on the maker set's TUNING half (corpus) together with
 * the starter-FAQ set, then prints the weights, a threshold sweep on the sets it may read, and
 * the lowest threshold at which answers are right at least 90% of the time on the tuning half (the
 * "High confidence" line). The maker test half is never read here. Run: npm run bench:calibrate [corpus folder]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIDENCE_MODEL, confidenceFeatures } from '../src/domain/ask/confidence.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { loadCorpus, loadStarterFaq } from './corpus.js';
import { loadQuestions, type QuestionSet } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
const corpusIndex = new KnowledgeIndex();
corpusIndex.add(loadCorpus(corpus));
const faqIndex = new KnowledgeIndex();
faqIndex.add(loadStarterFaq(path.join(here, '../content')));

interface Sample {
  x: number[];
  y: number;
  inScope: boolean;
}

function samples(set: QuestionSet, index: KnowledgeIndex): Sample[] {
  const out: Sample[] = [];
  for (const { q, expect } of set.inScope) {
    const r = retrieve(index, q);
    out.push({ x: confidenceFeatures(r.signals), y: expect.includes(r.hits[0]?.best.passage.path ?? '') ? 1 : 0, inScope: true });
  }
  for (const { q } of set.outOfScope) out.push({ x: confidenceFeatures(retrieve(index, q).signals), y: 0, inScope: false });
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Plain batch gradient descent with a little L2, so a handful of questions cannot dominate a weight. */
function fit(data: Sample[]): number[] {
  const d = data[0]!.x.length;
  const w = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < 20000; step++) {
    const grad = new Array<number>(d + 1).fill(0);
    for (const s of data) {
      const err = sigmoid(w[0]! + s.x.reduce((a, v, i) => a + v * w[i + 1]!, 0)) - s.y;
      grad[0]! += err;
      s.x.forEach((v, i) => (grad[i + 1]! += err * v));
    }
    for (let i = 0; i <= d; i++) w[i]! -= 0.5 * (grad[i]! / data.length + (i ? 0.01 * w[i]! : 0));
  }
  return w;
}

function sweep(name: string, data: Sample[], w: number[]): void {
  console.log(`\n${name}: threshold → answered&right / in-scope answered / out-of-scope refused`);
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const p = (s: Sample) => sigmoid(w[0]! + s.x.reduce((a, v, i) => a + v * w[i + 1]!, 0));
    const inScope = data.filter((s) => s.inScope);
    const out = data.filter((s) => !s.inScope);
    const answered = inScope.filter((s) => p(s) >= t);
    const all = data.filter((s) => p(s) >= t);
    console.log(`  ${t.toFixed(2)}  ${(answered.filter((s) => s.y).length / inScope.length).toFixed(3)}  ${(answered.length / inScope.length).toFixed(3)}  ${(out.filter((s) => p(s) < t).length / out.length).toFixed(3)}  precision ${(all.filter((s) => s.y).length / (all.length || 1)).toFixed(3)}`);
  }
}

const tune = samples(loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'makers-tune'), corpusIndex);
const main = samples(loadQuestions(path.join(here, 'qa-questions.yaml'), 'main'), corpusIndex);
const faq = samples(loadQuestions(path.join(here, 'qa-faq.yaml'), 'faq'), faqIndex);
const holdout = samples(loadQuestions(path.join(here, 'qa-holdout.yaml'), 'holdout'), corpusIndex);
// Fitted on the makers' tuning half and the starter-FAQ set together: one model for a big and a small knowledge base.
const w = fit([...tune, ...faq]);
console.log('weights [bias, ...features]:', w.map((v) => Number(v.toFixed(3))));
sweep('maker set, tuning half (fitted on)', tune, w);
sweep('starter FAQ (fitted on)', faq, w);
sweep('older main set, corpus (not fitted on)', main, w);
sweep('older holdout, corpus (not fitted on)', holdout, w);

// The shipped model (CONFIDENCE_MODEL) on the sets it may be tuned on, to place the grade thresholds.
sweep('maker set, tuning half, shipped model', tune, [...CONFIDENCE_MODEL]);
sweep('starter FAQ, shipped model', faq, [...CONFIDENCE_MODEL]);
