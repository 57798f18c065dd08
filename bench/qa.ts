/**
 * npm run bench:qa [-- <corpus folder>]: retrieval quality and latency of the knowledge base over
 * the Power Platform docs corpus, side by side with a plain baseline (MiniSearch with its default
 * settings over the same sections), in one run. Prints Markdown tables (docs/benchmarks.md).
 *
 * Corpus: first argument, else CORPUS_DIR, else ../shared/corpus/power-platform-docs relative to
 * the repository. The corpus is test data and is not committed. NO_TEST_HALF=1: every set but the
 * maker set's test half (for runs while tuning).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { buildAnswer } from '../src/domain/ask/answer.js';
import { CLOSEST_THRESHOLD, DEFAULT_CONFIDENCE_THRESHOLD, HIGH_CONFIDENCE } from '../src/domain/ask/confidence.js';
import { toPlainText } from '../src/domain/ask/markdown/render.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import type { Passage } from '../src/domain/ask/types.js';
import { loadCorpus, loadStarterFaq } from './corpus.js';
import { precision, reliabilityTable, score, styleTable, summaryTable, type Scores, type System } from './qa-score.js';
import { loadQuestions, type QuestionSet } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(process.argv[2] ?? process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
if (!existsSync(corpusDir)) {
  console.error(`error: corpus folder ${corpusDir} not found (pass it as the first argument or set CORPUS_DIR)`);
  process.exit(1);
}

function ours(passages: Passage[], threshold: number): System & { buildMs: number } {
  const started = performance.now();
  const index = new KnowledgeIndex();
  index.add(passages);
  const buildMs = performance.now() - started;
  return {
    name: 'Maker Hub',
    buildMs,
    ask(question) {
      const answer = buildAnswer(question, retrieve(index, question), { threshold });
      return { paths: answer.sources.map((s) => s.path), answered: answer.answered, confidence: answer.confidence };
    },
  };
}

/** The same library with its defaults: title/headings/text fields, no boosts, no fuzzy, no prefix, no vocabulary. */
function baseline(passages: Passage[]): System & { buildMs: number } {
  const started = performance.now();
  const search = new MiniSearch<{ id: string; title: string; headings: string; text: string }>({ fields: ['title', 'headings', 'text'] });
  const pathOf = new Map<string, string>();
  search.addAll(
    passages.map((p) => {
      pathOf.set(p.id, p.path);
      return { id: p.id, title: p.title, headings: [p.heading ?? '', ...p.parents, ...p.phrasings].join('\n'), text: toPlainText(p.markdown) };
    }),
  );
  const buildMs = performance.now() - started;
  return {
    name: 'Baseline (MiniSearch defaults)',
    buildMs,
    ask(question) {
      const paths: string[] = [];
      for (const r of search.search(question)) {
        const p = pathOf.get(String(r.id))!;
        if (!paths.includes(p)) paths.push(p);
        if (paths.length === 5) break;
      }
      // No confidence model: it answers whenever anything matches.
      return { paths, answered: paths.length > 0 };
    },
  };
}

/** Confidence bands of the reliability table: the grade thresholds (unknown below the first, "High confidence" from the last). */
const RELIABILITY_BANDS = [CLOSEST_THRESHOLD, 0.45, 0.6, 0.75, HIGH_CONFIDENCE];

const threshold = Number(process.env.ASK_CONFIDENCE_THRESHOLD ?? DEFAULT_CONFIDENCE_THRESHOLD);
const load = (await import('node:os')).loadavg()[0]!;
const corpus = loadCorpus(corpusDir);
const faq = loadStarterFaq(path.join(here, '../content'));
const systems = {
  corpus: [ours(corpus, threshold), baseline(corpus)],
  faq: [ours(faq, threshold), baseline(faq)],
  mixed: [ours([...corpus, ...faq], threshold), baseline([...corpus, ...faq])],
};

// NO_TEST_HALF=1 leaves the test half out: for runs while tuning, which must never see it.
const sets: Array<[QuestionSet, System[]]> = [
  ...(process.env.NO_TEST_HALF ? [] : [[loadQuestions(path.join(here, 'qa-makers-test.yaml'), 'Maker set, test half (never tuned on)'), systems.corpus] as [QuestionSet, System[]]]),
  [loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'Maker set, tuning half'), systems.corpus],
  [loadQuestions(path.join(here, 'qa-questions.yaml'), 'Older main set (corpus)'), systems.corpus],
  [loadQuestions(path.join(here, 'qa-holdout.yaml'), 'Older hold-out set (corpus)'), systems.corpus],
  [loadQuestions(path.join(here, 'qa-faq.yaml'), 'Starter FAQ set (content/faq only)'), systems.faq],
  [loadQuestions(path.join(here, 'qa-faq.yaml'), 'Starter FAQ set, with the corpus ingested beside the FAQ'), systems.mixed],
];

console.log(`Corpus: ${corpusDir} — ${new Set(corpus.map((p) => p.path)).size} documents, ${corpus.length} sections; starter FAQ: ${faq.length} entries; threshold ${threshold}; Node ${process.version}; load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`);
console.log(`Index build: ours ${systems.corpus[0]!.buildMs.toFixed(0)} ms, baseline ${systems.corpus[1]!.buildMs.toFixed(0)} ms\n`);
let failed = false;
for (const [set, list] of sets) {
  const rows = list.map((s) => [s, score(s, set)] as [System, Scores]);
  console.log(`${summaryTable(set, rows)}\n`);
  const styles = styleTable(rows);
  if (styles) console.log(`${styles}\n`);
  if (set.name.startsWith('Maker')) console.log(`${reliabilityTable(set.name, rows[0]![1].calibration, RELIABILITY_BANDS)}\n`);
  if (set.name.startsWith('Maker set, test')) {
    const r = rows[0]![1];
    const i = r.inScope;
    const prec = Number(precision(r));
    const misses = [i.top1 / i.n < 0.7 && 'top-1 < 0.70', i.top3 / i.n < 0.92 && 'top-3 < 0.92', r.outOfScope.refused / r.outOfScope.n < 0.85 && 'refusal < 0.85', !(prec >= 0.85) && 'precision < 0.85', r.p95 >= 10 && `p95 ${r.p95.toFixed(1)} ms >= 10 ms (CPU p95 ${r.cpuP95.toFixed(1)} ms, steady CPU p95 ${r.steadyP95.toFixed(1)} ms)`].filter(Boolean);
    console.log(misses.length ? `Targets on the test half missed: ${misses.join(', ')}\n` : 'Targets on the test half (top-1 ≥ 0.70, top-3 ≥ 0.92, refusal ≥ 0.85, precision ≥ 0.85, p95 < 10 ms): met\n');
    failed = misses.length > 0;
  }
}
process.exitCode = failed ? 1 : 0;
