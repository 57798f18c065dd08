/**
 * Error analysis on the maker set's TUNING half only (never the test half): per in-scope question
 * whose first source is wrong, the question, its expected files, where the first right one ranks
 * among the lexical top 20, and our top 5 with scores; then every out-of-scope question answered.
 * Run: npx tsx bench/tune-errors.ts
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
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
for (const { q, expect, style } of tune.inScope) {
  const r = retrieve(index, q, { limit: 20 });
  const rank = r.hits.findIndex((h) => expect.includes(h.best.passage.path));
  if (rank === 0) continue;
  console.log(`\n[${style}] ${q}\n  expect ${expect.join(', ')}  rank ${rank < 0 ? '>20' : rank + 1}  conf ${r.confidence}${r.confidence >= DEFAULT_CONFIDENCE_THRESHOLD ? ' ANSWERED' : ''}\n  terms ${r.terms.join(' ')}`);
  for (const h of r.hits.slice(0, 5)) console.log(`  ${h.score.toFixed(3)} ${h.best.passage.path} › ${h.best.passage.heading ?? ''}`);
}
console.log('\nOut of scope answered:');
for (const { q, style } of tune.outOfScope) {
  const r = retrieve(index, q);
  if (r.confidence >= DEFAULT_CONFIDENCE_THRESHOLD) console.log(`  [${style}] ${q} → ${r.hits[0]?.best.passage.path} ${r.confidence}`);
}
