/**
 * Latency of the whole Ask domain call (retrieve + grade + excerpt) on the maker set, of the code
 * in a given checkout, for before/after comparisons on a shared machine: each question's cheapest
 * pass in CPU time (of 5), p50/p95 over questions. Run the same file against two checkouts back to
 * back: npx tsx bench/latency-compare.ts [repository root] (default: this one). "First ask" is each
 * question's CPU time the first time it is asked, in file order, after the other file's questions
 * (per-term caches then hold only what earlier questions left behind).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as AnswerModule from '../src/domain/ask/answer.js';
import type * as RetrieverModule from '../src/domain/ask/retriever.js';
import type * as IndexModule from '../src/domain/ask/search-index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? path.join(here, '..'));
const load = async <T>(rel: string) => (await import(path.join(root, rel))) as T;
const { buildAnswer } = await load<typeof AnswerModule>('src/domain/ask/answer.ts');
const { retrieve } = await load<typeof RetrieverModule>('src/domain/ask/retriever.ts');
const { KnowledgeIndex } = await load<typeof IndexModule>('src/domain/ask/search-index.ts');
const { loadCorpus } = await import('./corpus.js');
const { loadQuestions } = await import('./questions.js');

const index = new KnowledgeIndex();
index.add(loadCorpus(path.join(here, '../../shared/corpus/power-platform-docs')));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (const file of ['qa-makers-test.yaml', 'qa-makers-tune.yaml']) {
  const set = loadQuestions(path.join(here, file), file);
  const qs = [...set.inScope, ...set.outOfScope].map((x) => x.q);
  // The first time each question is asked (the caches hold only what earlier questions left).
  const first = qs.map((q) => {
    const t = cpu();
    buildAnswer(q, retrieve(index, q), { threshold: 0.45 });
    return cpu() - t;
  });
  first.sort((a, b) => a - b);
  const cheapest = qs.map(() => Infinity);
  for (let pass = 0; pass < 5; pass += 1) {
    qs.forEach((q, i) => {
      const t = cpu();
      buildAnswer(q, retrieve(index, q), { threshold: 0.45 });
      cheapest[i] = Math.min(cheapest[i]!, cpu() - t);
    });
  }
  cheapest.sort((a, b) => a - b);
  const p = (x: number) => cheapest[Math.min(cheapest.length - 1, Math.floor(cheapest.length * x))]!.toFixed(2);
  const f = (x: number) => first[Math.min(first.length - 1, Math.floor(first.length * x))]!.toFixed(2);
  console.log(`${root} ${file}: steady CPU p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms; first ask p50 ${f(0.5)} ms, p95 ${f(0.95)} ms; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
}
