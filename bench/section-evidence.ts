import type { KnowledgeIndex, SourceHit } from '../src/domain/ask/search-index.js';
import { analyze } from '../src/domain/ask/text/analyzer.js';
import type { Passage } from '../src/domain/ask/types.js';

/**
 * Section-level evidence for bench/cv-extra.ts (experiments, not shipped): where in a candidate the
 * question's words meet, beyond the adjacent pairs the re-ranker already counts.
 */
export interface Extra {
  /** Best IDF share of the question inside a WIN-token window (12) of the best section; title and headings count for every window. */
  window: number;
  /** Share of the best section's Markdown that is links ("See also" lists name other articles). */
  linkList: number;
  /** `window` over every section of the document, not only the one BM25+ liked best. */
  docWindow: number;
  /** `docWindow` relative to the best candidate's (agreement of section evidence with the ranking). */
  winRel: number;
  /** Source-type prior, written per fold by cv-extra.ts (PRIOR=...). */
  prior: number;
}
const W = Number(process.env.WIN ?? 12);
const tokens = new WeakMap<Passage, { head: Set<string>; body: string[]; links: number }>();
function partsOf(p: Passage) {
  let t = tokens.get(p);
  if (!t) {
    const linkChars = [...p.markdown.matchAll(/\[[^\]]*\]\([^)]*\)/g)].reduce((s, m) => s + m[0].length, 0);
    t = { head: new Set(analyze([p.title, p.heading ?? '', ...p.parents].join(' \n '))), body: analyze(p.markdown), links: p.markdown.length ? linkChars / p.markdown.length : 0 };
    tokens.set(p, t);
  }
  return t;
}
/** Best IDF share of the question inside any W-token window of the section body, the title and headings counted for every window. */
function windowShare(p: Passage, weight: Map<string, number>, total: number): number {
  const { head, body } = partsOf(p);
  let base = 0;
  for (const [t, w] of weight) if (head.has(t)) base += w;
  const count = new Map<string, number>();
  let inWin = 0;
  let best = 0;
  for (let i = 0; i < body.length; i += 1) {
    const t = body[i]!;
    if (weight.has(t) && !head.has(t)) { const c = count.get(t) ?? 0; if (!c) inWin += weight.get(t)!; count.set(t, c + 1); }
    const o = i - W >= 0 ? body[i - W]! : undefined;
    if (o !== undefined && weight.has(o) && !head.has(o)) { const c = count.get(o)! - 1; count.set(o, c); if (!c) inWin -= weight.get(o)!; }
    best = Math.max(best, inWin);
  }
  return (base + best) / total;
}
export function extraFeatures(index: KnowledgeIndex, terms: readonly string[], hits: readonly SourceHit[]): Extra[] {
  const weight = new Map(terms.map((t) => [t, index.idf(t)]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0) || 1;
  const rows = hits.map((h) => {
    const p = h.best.passage;
    const doc = Math.max(0, ...index.group(h.groupKey).map((x) => windowShare(x, weight, total)));
    return { window: windowShare(p, weight, total), linkList: partsOf(p).links, docWindow: doc, winRel: 0, prior: 0 };
  });
  const top = Math.max(1e-9, ...rows.map((r) => r.docWindow));
  for (const r of rows) r.winRel = r.docWindow / top;
  return rows;
}
