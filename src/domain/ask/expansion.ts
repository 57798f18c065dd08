import type { KnowledgeIndex, SourceHit } from './search-index.js';
import { analyze, words } from './text/analyzer.js';
import { rewriteMakerPhrasings } from './text/phrasings.js';
import { isStopWord } from './text/stop-words.js';

/**
 * The question again with each abbreviation the knowledge base defines replaced by its long form
 * ("PIM" → "privileged identity management"), as index terms, or undefined when there is none.
 * Only words written like abbreviations ("PIM", "AA4PP", "CoE") or unknown to the index count:
 * "it" and "us" are defined too ("information technology (IT)"), and are not what the maker meant.
 */
export function expandedTerms(index: KnowledgeIndex, question: string, terms: readonly string[]): string[] | undefined {
  let changed = false;
  const have = new Set(terms);
  const written = new Set((question.match(/\b[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*\b/g) ?? []).map((w) => w.toLowerCase()));
  const out = words(question).flatMap((word) => {
    const candidate = written.has(word) ? index.isRare(word) || !index.has(word) : !index.has(word) && !isStopWord(word);
    const long = candidate ? index.expand(word) : undefined;
    const extra = long ? analyze(long).filter((t) => !have.has(t)) : [];
    if (!extra.length) return analyze(word);
    changed = true;
    return extra;
  });
  return changed ? [...new Set(out)] : undefined;
}

/**
 * The question's terms plus the documentation's words for the maker phrasings it uses ("buy" →
 * purchase, "get it back" → recover restore; text/phrasings.ts), as a query of their own, or
 * undefined when it uses none or they add no term the index knows. Typos in the added words are
 * corrected like the question's.
 */
export function phrasingTerms(index: KnowledgeIndex, question: string, terms: readonly string[]): string[] | undefined {
  const rewrite = rewriteMakerPhrasings(question);
  if (!rewrite) return undefined;
  const have = new Set(terms);
  const extra = [...new Set(analyze(rewrite.added).map((t) => index.correction(t) ?? t))].filter((t) => index.has(t) && !have.has(t));
  return extra.length ? [...terms, ...extra] : undefined;
}

/**
 * Interpolates the expanded question's ranking into the question's own: each source's score
 * becomes (1 − weight) × its own share of the best + weight × its share of the best expanded one.
 * A separate query, because MiniSearch multiplies a result's score by the number of query terms it
 * matched: expansion terms added to the question itself would inflate every score they touch.
 */
export function interpolate(main: readonly SourceHit[], expanded: readonly SourceHit[], weight: number): SourceHit[] {
  const bestMain = main[0]?.score || 1;
  const bestExpanded = expanded[0]?.score || 1;
  const merged = new Map<string, SourceHit>();
  for (const h of main) merged.set(h.groupKey, { ...h, score: (1 - weight) * (h.score / bestMain) });
  for (const h of expanded) {
    const have = merged.get(h.groupKey);
    const add = weight * (h.score / bestExpanded);
    merged.set(h.groupKey, have ? { ...have, score: have.score + add } : { ...h, score: add });
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}
