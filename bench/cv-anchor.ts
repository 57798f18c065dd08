/**
 * Corpus-mined names of issue #13's fifth session, on the maker set's TUNING half only (the test
 * half is never read): what other articles call a page when they link to it ("[Add Microsoft
 * Dataverse storage capacity](add-storage.md)"), as a second-stage feature, the share of the
 * question's specificity (IDF) found in the link texts pointing at the candidate. Five folds like
 * bench/cv-extra.ts; "on top" keeps the shipped weights and fits only the new weight.
 * Also counts the tuning questions that use an alias the corpus defines ("also known as", "formerly").
 * Run: npx tsx bench/cv-anchor.ts   (FOLDS=5, SHIFT=0, OLDER=1 adds the older sets at the fitted weight)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { questionKinds } from '../src/domain/ask/article-kind.js';
import { RERANK_DEPTH, RERANK_WEIGHTS, rerankFeatures, type RerankFeatures } from '../src/domain/ask/reranker.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { analyze } from '../src/domain/ask/text/analyzer.js';
import { loadCorpus, markdownFiles } from './corpus.js';
import { foldTools, report, type FoldCase } from './cv-folds.js';
import { loadQuestions } from './questions.js';

interface Anchor { anchor: number; anchorOnly: number }
type Feats = RerankFeatures & Anchor;
type Key = keyof Feats;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'));
const index = new KnowledgeIndex();
index.add(loadCorpus(root));

// Link texts per target file (links from the file to itself left out), and defined aliases.
const anchors = new Map<string, Set<string>>();
const aliases: string[] = [];
for (const rel of markdownFiles(root)) {
  const text = readFileSync(path.join(root, rel), 'utf8');
  for (const m of text.matchAll(/\[([^\]]{3,120})\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)) {
    if (/^(https?:)?\/\//.test(m[2]!)) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[2]!));
    if (target === rel) continue;
    const set = anchors.get(target) ?? new Set<string>();
    set.add(m[1]!);
    anchors.set(target, set);
  }
  for (const m of text.matchAll(/\b(?:also (?:known as|called|referred to as)|formerly(?: known as| called)?|previously (?:known as|called))\s+["“]?([^.,;)"”]{3,40})/gi)) aliases.push(m[1]!.trim());
}
const anchorTerms = new Map([...anchors].map(([t, texts]) => [t, new Set(analyze([...texts].join(' \n ')))]));
console.log('files with incoming link texts', anchors.size, 'link texts', [...anchors.values()].reduce((s, x) => s + x.size, 0));
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
const asked = [...tune.inScope, ...tune.outOfScope].map((x) => ` ${analyze(x.q).join(' ')} `);
console.log(`aliases defined: ${aliases.length}; tuning questions using each: ${[...new Set(aliases)].map((a) => `"${a}" ${asked.filter((q) => q.includes(` ${analyze(a).join(' ')} `)).length}`).join(', ')}`);
if (process.env.ALIASES_ONLY) process.exit(0);

const FOLDS = Number(process.env.FOLDS ?? 5);
const SHIFT = Number(process.env.SHIFT ?? 0);
type Case = FoldCase<Feats>;
const make = (q: string, expect: string[] | undefined, fold: number): Case => {
  const r = retrieve(index, q, { limit: RERANK_DEPTH, noRerank: true });
  const best = r.hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...r.hits.map((h) => h.best.score));
  const asks = questionKinds(q);
  const weight = new Map(r.terms.map((t) => [t, index.idf(t)]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0) || 1;
  const f = r.hits.map((h, i) => {
    const base = rerankFeatures(index, r.terms, h, best, bestPassage, asks, i);
    const have = anchorTerms.get(h.best.passage.path) ?? new Set<string>();
    const title = new Set(analyze(h.best.passage.title));
    const share = (pick: (t: string) => boolean) => r.terms.reduce((s, t) => s + (pick(t) ? weight.get(t)! : 0), 0) / total;
    return { ...base, anchor: share((t) => have.has(t)), anchorOnly: share((t) => have.has(t) && !title.has(t)) };
  });
  return { q, inScope: !!expect, fold, terms: r.terms, guessed: new Set(r.guessed), hits: r.hits, right: r.hits.map((h) => !!expect?.includes(h.best.passage.path)), f };
};
const cases = [...tune.inScope.map((x, i) => make(x.q, x.expect, (i + SHIFT) % FOLDS)), ...tune.outOfScope.map((x, i) => make(x.q, undefined, (i + SHIFT) % FOLDS))];
const { counts, fitPairwise, fitCoordinate, crossValidate } = foldTools<Feats>(index, FOLDS);
const TWO: Key[] = ['base', 'section', 'phrase'];
console.log('first stage only:', crossValidate(cases, () => ({ base: 1 })));
console.log('shipped weights:', crossValidate(cases, () => ({ ...RERANK_WEIGHTS })), '(in-sample)');
for (const k of ['anchor', 'anchorOnly'] as Key[]) {
  console.log(`shipped + ${k} (coordinate on top)`, crossValidate(cases, (t) => fitCoordinate([k], t, { ...RERANK_WEIGHTS })));
  console.log(`two + ${k} pairwise`, crossValidate(cases, (t) => fitPairwise([...TWO, k], t, 0.001)));
  const whole = fitCoordinate([k], cases, { ...RERANK_WEIGHTS });
  console.log(`  ${k} weight on the whole half: ${whole[k]}; per fold: ${[...Array(FOLDS).keys()].map((j) => fitCoordinate([k], cases.filter((c) => c.fold !== j), { ...RERANK_WEIGHTS })[k]).join(', ')}`);
  if (process.env.OLDER) for (const file of ['qa-questions.yaml', 'qa-holdout.yaml']) {
    const set = loadQuestions(path.join(here, file), file);
    const older = [...set.inScope.map((x) => make(x.q, x.expect, -1)), ...set.outOfScope.map((x) => make(x.q, undefined, -1))];
    console.log(`  ${file}: shipped ${report(counts({ ...RERANK_WEIGHTS }, older))}\n  ${file}: + ${k} ${report(counts(whole, older))}`);
  }
}
