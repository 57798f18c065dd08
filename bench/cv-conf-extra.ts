/**
 * Refusal and precision of issue #13's fifth session, on the maker set's TUNING half only (the test
 * half is never read): signals the confidence model does not see, how well each separates answered
 * questions with a right first source from answered ones without (wrong-first in scope, or out of
 * scope), as AUC; then each fitted on top of the shipped model (its logit kept, a bias and one
 * weight fitted on four fifths, scored on the fifth at the shipped threshold 0.45), pooled.
 * Run: npx tsx bench/cv-conf-extra.ts   (FOLDS=5, SHIFT=0; NOBIAS=1 fits the weight alone)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../src/domain/ask/confidence.js';
import { RERANK_DEPTH } from '../src/domain/ask/reranker.js';
import { retrieve } from '../src/domain/ask/retriever.js';
import { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { analyze } from '../src/domain/ask/text/analyzer.js';
import { loadCorpus } from './corpus.js';
import { loadQuestions } from './questions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const index = new KnowledgeIndex();
index.add(loadCorpus(path.resolve(process.env.CORPUS_DIR ?? path.join(here, '../../shared/corpus/power-platform-docs'))));
const FOLDS = Number(process.env.FOLDS ?? 5);
const SHIFT = Number(process.env.SHIFT ?? 0);
const tune = loadQuestions(path.join(here, 'qa-makers-tune.yaml'), 'tune');
const folder = (p: string) => p.split('/').slice(0, -1).join('/');
const jaccard = (a: Set<string>, b: Set<string>) => (a.size + b.size ? [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size : 0);

interface Row { inScope: boolean; right: boolean; fold: number; conf: number; x: Record<string, number> }
const rows: Row[] = [];
const add = (q: string, expect: string[] | undefined, fold: number) => {
  const r = retrieve(index, q);
  const first = retrieve(index, q, { limit: RERANK_DEPTH, noRerank: true });
  const [a, b] = r.hits;
  const pa = a?.best.passage;
  const titles = r.hits.slice(0, 2).map((h) => new Set(analyze(h.best.passage.title)));
  rows.push({
    inScope: !!expect, right: !!pa && !!expect?.includes(pa.path), fold, conf: r.confidence,
    x: {
      'second source in the same folder': a && b && folder(a.best.passage.path) === folder(b.best.passage.path) ? 1 : 0,
      'title overlap with the second source': titles.length === 2 ? jaccard(titles[0]!, titles[1]!) : 0,
      'first source is a See also / FAQ section': /^(see also|faqs?|frequently asked questions|next steps|related (content|articles))/i.test(pa?.heading ?? '') ? 1 : 0,
      'first-stage rank of the first source': Math.log1p(Math.max(0, first.hits.findIndex((h) => h.groupKey === a?.groupKey))),
      'question length (terms)': Math.log1p(r.terms.length),
      'second-stage margin': a && b && a.score > 0 ? (a.score - b.score) / a.score : 1,
      'sources among the first 8 in the same folder as the first': r.hits.filter((h) => pa && folder(h.best.passage.path) === folder(pa.path)).length / 8,
    },
  });
};
tune.inScope.forEach((x, i) => add(x.q, x.expect, (i + SHIFT) % FOLDS));
tune.outOfScope.forEach((x, i) => add(x.q, undefined, (i + SHIFT) % FOLDS));

const T = DEFAULT_CONFIDENCE_THRESHOLD;
const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
const summary = (rs: Row[], conf: (r: Row) => number) => {
  const n = rs.filter((r) => r.inScope).length;
  const m = rs.length - n;
  const ans = rs.filter((r) => conf(r) >= T);
  const top1 = ans.filter((r) => r.inScope && r.right).length;
  return `top-1 ${(top1 / n).toFixed(3)} refused ${((m - ans.filter((r) => !r.inScope).length) / m).toFixed(3)} precision ${(top1 / ans.length).toFixed(3)} (answered ${ans.length})`;
};
const auc = (pos: number[], neg: number[]) => pos.reduce((s, p) => s + neg.reduce((t, q) => t + (p > q ? 1 : p === q ? 0.5 : 0), 0), 0) / (pos.length * neg.length || 1);
const answered = rows.filter((r) => r.conf >= T);
const good = (r: Row) => r.inScope && r.right;
console.log(`answered at ${T}: ${answered.length} (right first ${answered.filter(good).length}, wrong ${answered.filter((r) => !good(r)).length})`);
console.log('shipped:', summary(rows, (r) => r.conf));
for (const name of Object.keys(rows[0]!.x)) {
  const a = auc(answered.filter(good).map((r) => r.x[name]!), answered.filter((r) => !good(r)).map((r) => r.x[name]!));
  // On top of the shipped logit: z = logit(conf) + b + w·x, fitted by gradient descent on four fifths.
  const fit = (train: Row[]) => {
    let [b, w] = [0, 0];
    for (let it = 0; it < 2000; it += 1) {
      let [gb, gw] = [0, 0];
      for (const r of train) {
        const p = 1 / (1 + Math.exp(-(logit(r.conf) + b + w * r.x[name]!)));
        const e = p - (good(r) ? 1 : 0);
        gb += e / train.length;
        gw += (e * r.x[name]!) / train.length;
      }
      if (!process.env.NOBIAS) b -= 0.5 * gb;
      w -= 0.5 * gw;
    }
    return [b, w] as const;
  };
  const scored: Row[] = [];
  const ws: string[] = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const [b, w] = fit(rows.filter((r) => r.fold !== k));
    ws.push(w.toFixed(2));
    for (const r of rows.filter((r) => r.fold === k)) scored.push({ ...r, conf: 1 / (1 + Math.exp(-(logit(r.conf) + b + w * r.x[name]!))) });
  }
  console.log(`${name}: AUC ${a.toFixed(3)}; on top, cross-validated: ${summary(scored, (r) => r.conf)}; weight per fold ${ws.join(' ')}`);
}
