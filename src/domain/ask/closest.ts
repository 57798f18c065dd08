import { toPlainText } from './markdown/render.js';
import type { SourceHit } from './search-index.js';
import { analyze } from './text/analyzer.js';
import type { ClosestSource } from './types.js';

/** Sources the "closest" grade lists. */
export const MAX_CLOSEST = 3;
/** A sentence longer than this is cut at a word. */
const MAX_SENTENCE_CHARS = 220;

function trim(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  return `${sentence.slice(0, MAX_SENTENCE_CHARS).replace(/\s+\S*$/, '')} …`;
}

/** The sentence of a text that holds most of the question's terms (the first sentence when none does). */
export function keySentence(markdown: string, terms: readonly string[]): string {
  const sentences = toPlainText(markdown)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(/^(?:[-*•]|\d+[.)])\s+/, ''))
    .filter((s) => s.length >= 20);
  const wanted = new Set(terms);
  let best = sentences[0] ?? '';
  let bestHits = 0;
  for (const s of sentences) {
    const hits = new Set(analyze(s).filter((t) => wanted.has(t))).size;
    if (hits > bestHits) [best, bestHits] = [s, hits];
  }
  return trim(best);
}

/** The "These look closest:" list: the first sources, each with its heading and one sentence. */
export function closestSources(hits: readonly SourceHit[], terms: readonly string[]): ClosestSource[] {
  return hits.slice(0, MAX_CLOSEST).map((h) => {
    const p = h.best.passage;
    return { path: p.path, title: p.title, heading: p.heading, url: p.url, sentence: keySentence(p.markdown, terms) };
  });
}
