/**
 * Where an Ask question's time goes, stage by stage (spell correction, search, abbreviation
 * query, second stage, the whole retrieve, cutting the reply), as each question's cheapest of 5
 * passes in CPU time, p50/p95 over the maker tuning half (SET=file.yaml for another set).
 * Run: npx tsx bench/qa-stages.ts
 */
import path from 'node:path';
import { buildAnswer } from '../src/domain/ask/answer.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { expandedTerms } from '../src/domain/ask/expansion.js';
import { rerank } from '../src/domain/ask/reranker.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { analyze, relatedTerms } from '../src/domain/ask/text/analyzer.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';
const here = path.dirname(new URL(import.meta.url).pathname);
const index = new KnowledgeIndex();
index.add(loadCorpus(path.join(here, '../../shared/corpus/power-platform-docs')));
const file = process.env.SET ?? 'qa-makers-tune.yaml';
const set = loadQuestions(path.join(here, file), 't');
const qs = [...set.inScope.map((x) => x.q), ...set.outOfScope.map((x) => x.q)];
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (const q of qs) buildAnswer(q, retrieve(index, q), { threshold: 0.45 });
const rows: number[][] = [];
for (const q of qs) {
  const best = [Infinity, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity];
  for (let pass = 0; pass < 5; pass++) {
    const t0 = cpu();
    const asked = [...new Set(analyze(q))];
    const terms = [...new Set(asked.map((t) => index.correction(t) ?? t))];
    const t1 = cpu();
    const related = relatedTerms(terms);
    const first = index.query({ terms, related, limit: 20 });
    const t2 = cpu();
    const ex = expandedTerms(index, q, terms);
    if (ex) index.query({ terms: ex, limit: 20 });
    const t3 = cpu();
    rerank(index, terms, first);
    const t4 = cpu();
    const r = retrieve(index, q);
    const t5 = cpu();
    buildAnswer(q, r, { threshold: 0.45 });
    const t6 = cpu();
    const d = [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t6 - t4];
    d.forEach((x, i) => (best[i] = Math.min(best[i]!, x)));
  }
  rows.push(best);
}
const names = ['spell', 'query', 'expandQ', 'rerank', 'retrieve', 'answer', 'whole'];
names.forEach((n, i) => {
  const v = rows.map((r) => r[i]!).sort((a, b) => a - b);
  const p = (x: number) => v[Math.floor(x * (v.length - 1))]!.toFixed(2);
  console.log(n.padEnd(9), 'p50', p(0.5), 'p95', p(0.95), 'max', p(1), 'sum', v.reduce((a, b) => a + b, 0).toFixed(0));
});
