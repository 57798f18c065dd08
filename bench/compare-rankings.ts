/**
 * Whether two checkouts rank the same: the first 8 sources and the confidence of every question of
 * the maker set's TUNING half and the older sets (never the test half), from this checkout's and
 * another's Ask code over the same corpus. For changes meant to be pure speed-ups.
 * Run: npx tsx bench/compare-rankings.ts <other repository root>
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as RetrieverModule from '../src/domain/ask/retriever.js';
import type * as IndexModule from '../src/domain/ask/search-index.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const other = process.argv[2];
if (!other) {
  console.error('usage: npx tsx bench/compare-rankings.ts <other repository root>');
  process.exit(2);
}
const corpus = loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs')));

async function system(root: string): Promise<(q: string) => string> {
  const { KnowledgeIndex } = (await import(path.join(root, 'src/domain/ask/search-index.ts'))) as typeof IndexModule;
  const { retrieve } = (await import(path.join(root, 'src/domain/ask/retriever.ts'))) as typeof RetrieverModule;
  const index = new KnowledgeIndex();
  index.add(corpus);
  return (q) => {
    const r = retrieve(index, q);
    return `${r.hits.map((h) => h.best.passage.path).join(' | ')} @ ${r.confidence}`;
  };
}

const ours = await system(path.join(here, '..'));
const theirs = await system(path.resolve(other));
let differ = 0;
let n = 0;
for (const file of ['qa-makers-tune.yaml', 'qa-questions.yaml', 'qa-holdout.yaml', 'qa-faq.yaml']) {
  const set = loadQuestions(path.join(here, file), file);
  for (const { q } of [...set.inScope, ...set.outOfScope]) {
    n += 1;
    const [a, b] = [ours(q), theirs(q)];
    if (a === b) continue;
    differ += 1;
    console.log(`${file}: ${q}\n  this:  ${a}\n  other: ${b}`);
  }
}
console.log(`${differ} of ${n} questions ranked differently (first 8 sources or confidence)`);
process.exitCode = differ ? 1 : 0;
