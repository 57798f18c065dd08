import { toPlainText } from './markdown/render.js';
import type { SourceHit } from './search-index.js';
import { analyze } from './text/analyzer.js';
import type { ClosestSource, Passage } from './types.js';

/** Sources the "closest" grade lists. */
export const MAX_CLOSEST = 3;
/** A sentence longer than this is cut at a word. */
const MAX_SENTENCE_CHARS = 220;

function trim(sentence: string): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  return `${sentence.slice(0, MAX_SENTENCE_CHARS).replace(/\s+\S*$/, '')} …`;
}

interface Sentence {
  text: string;
  terms: ReadonlySet<string>;
}

function sentencesOf(markdown: string): Sentence[] {
  return toPlainText(markdown)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim().replace(/^(?:[-*•]|\d+[.)])\s+/, ''))
    .filter((s) => s.length >= 20)
    .map((text) => ({ text, terms: new Set(analyze(text)) }));
}

/**
 * A passage's sentences with their terms, worked out once per passage object (passages are
 * immutable): the Markdown lexer and the analyzer over a long section were most of the cost of a
 * "closest" reply.
 */
const cache = new WeakMap<Passage, Sentence[]>();

function cachedSentences(passage: Passage): Sentence[] {
  let sentences = cache.get(passage);
  if (!sentences) cache.set(passage, (sentences = sentencesOf(passage.markdown)));
  return sentences;
}

function pick(sentences: readonly Sentence[], terms: readonly string[]): string {
  const wanted = [...new Set(terms)];
  let best = sentences[0]?.text ?? '';
  let bestHits = 0;
  for (const s of sentences) {
    const hits = wanted.filter((t) => s.terms.has(t)).length;
    if (hits > bestHits) [best, bestHits] = [s.text, hits];
  }
  return trim(best);
}

/** The sentence of a text that holds most of the question's terms (the first sentence when none does). */
export function keySentence(markdown: string, terms: readonly string[]): string {
  return pick(sentencesOf(markdown), terms);
}

/** The "These look closest:" list: the first sources, each with its heading and one sentence. */
export function closestSources(hits: readonly SourceHit[], terms: readonly string[]): ClosestSource[] {
  return hits.slice(0, MAX_CLOSEST).map((h) => {
    const p = h.best.passage;
    return { path: p.path, title: p.title, heading: p.heading, url: p.url, sentence: pick(cachedSentences(p), terms) };
  });
}
