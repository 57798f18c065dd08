/**
 * Words that stand in the same contexts across the knowledge base ("buy" and "purchase" both take
 * "licenses", "capacity", "add-on"): positive PMI over a ±2-word window of the analysed passages,
 * cosine between terms. For bench/cv-cooc.ts (issue #13, fifth session); not used by the product.
 */
import type { KnowledgeIndex } from '../src/domain/ask/search-index.js';
import { analyze } from '../src/domain/ask/text/analyzer.js';

export function corpusNeighbours(index: KnowledgeIndex, minCount = 5, window = 2, keep = 60) {
  const seqs = [...index.allPassages()].map((p) => analyze(`${p.heading ?? ''} \n ${p.markdown}`));
  const count = new Map<string, number>();
  for (const s of seqs) for (const t of s) count.set(t, (count.get(t) ?? 0) + 1);
  const co = new Map<string, Map<string, number>>();
  let total = 0;
  for (const s of seqs)
    s.forEach((t, i) => {
      if (count.get(t)! < minCount) return;
      const row = co.get(t) ?? new Map<string, number>();
      for (let j = Math.max(0, i - window); j <= Math.min(s.length - 1, i + window); j += 1) {
        if (j === i || count.get(s[j]!)! < minCount) continue;
        row.set(s[j]!, (row.get(s[j]!) ?? 0) + 1);
        total += 1;
      }
      co.set(t, row);
    });
  const sum = new Map([...co].map(([t, row]) => [t, [...row.values()].reduce((a, b) => a + b, 0)]));
  // Each term's strongest contexts by positive PMI, unit length.
  const vec = new Map<string, Map<string, number>>();
  for (const [t, row] of co) {
    const v = [...row].map(([c, n]) => [c, Math.log((n * total) / (sum.get(t)! * sum.get(c)!))] as const).filter(([, x]) => x > 0).sort((a, b) => b[1] - a[1]).slice(0, keep);
    const norm = Math.hypot(...v.map(([, x]) => x)) || 1;
    vec.set(t, new Map(v.map(([c, x]) => [c, x / norm])));
  }
  const byContext = new Map<string, Array<[string, number]>>();
  for (const [t, v] of vec) for (const [c, x] of v) (byContext.get(c) ?? byContext.set(c, []).get(c)!).push([t, x]);
  const memo = new Map<string, Array<[string, number]>>();
  /** The terms most similar to `term`, best first, with their cosine. */
  return (term: string, top = 3): Array<[string, number]> => {
    if (!memo.has(term)) {
      const acc = new Map<string, number>();
      for (const [c, x] of vec.get(term) ?? []) for (const [u, y] of byContext.get(c) ?? []) if (u !== term) acc.set(u, (acc.get(u) ?? 0) + x * y);
      memo.set(term, [...acc].sort((a, b) => b[1] - a[1]).slice(0, 10));
    }
    return memo.get(term)!.slice(0, top);
  };
}
