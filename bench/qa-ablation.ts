/**
 * What each Ask ranking change of issue #13 moved, on both halves of the maker set: the same
 * retrieval with its switches (noSpelling, noExpansion, noRerank) turned on one by one, scored like
 * bench:qa (no latency). Reporting only: nothing is fitted here. Run: npx tsx bench/qa-ablation.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAnswer } from '../src/domain/ask/answer.js';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../src/domain/ask/confidence.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
const index = new KnowledgeIndex();
index.add(loadCorpus(corpus));
const options = { threshold: DEFAULT_CONFIDENCE_THRESHOLD };
const steps = [
  ['landed first stage', { noRerank: true, noSpelling: true, noExpansion: true }],
  ['+ typo correction', { noRerank: true, noExpansion: true }],
  ['+ mined abbreviations', { noRerank: true }],
  ['+ second stage', {}],
] as const;
console.log('| half | code | top-1 | first right | top-3 | refused | precision | answered |\n|---|---|---|---|---|---|---|---|');
for (const [file, half] of [['qa-makers-tune.yaml', 'tuning'], ['qa-makers-test.yaml', 'test']] as const) {
  const set = loadQuestions(path.join(here, file), half);
  for (const [name, o] of steps) {
    let first = 0;
    let top3 = 0;
    let answered = 0;
    let right = 0;
    let oosAnswered = 0;
    for (const { q, expect } of set.inScope) {
      const a = buildAnswer(q, retrieve(index, q, o), options);
      const rank = a.sources.findIndex((s) => expect.includes(s.path));
      if (rank === 0) first += 1;
      if (rank >= 0 && rank < 3) top3 += 1;
      if (a.answered) answered += 1;
      if (a.answered && rank === 0) right += 1;
    }
    for (const { q } of set.outOfScope) if (buildAnswer(q, retrieve(index, q, o), options).answered) oosAnswered += 1;
    const n = set.inScope.length;
    const f = (x: number) => x.toFixed(3);
    console.log(`| ${half} | ${name} | ${f(right / n)} | ${f(first / n)} | ${f(top3 / n)} | ${f(1 - oosAnswered / set.outOfScope.length)} | ${f(right / (answered + oosAnswered))} | ${f(answered / n)} |`);
  }
}
