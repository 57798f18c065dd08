import { renderBlocks, type LinkResolver } from './markdown/render.js';
import type { Retrieval } from './retriever.js';
import type { PassageHit, SourceHit } from './search-index.js';
import { analyze } from './text/analyzer.js';
import { closestSources } from './closest.js';
import { CLOSEST_THRESHOLD, HIGH_CONFIDENCE } from './confidence.js';
import type { AnswerGrade, AnswerSource, KbAnswer, Passage } from './types.js';

export interface AnswerOptions {
  /** Confidence at or above which the best source is given as the answer. */
  threshold: number;
  /** Confidence below which the reply is "I don't know that one" (default CLOSEST_THRESHOLD, never above `threshold`). */
  closestThreshold?: number;
  /** Longest document passage shown (FAQ answers are curated and shown whole up to MAX_FAQ_CHARS). */
  maxPassageChars?: number;
}

/** A card stays readable (and far below Teams' message limits) with about this much answer text. */
export const DEFAULT_PASSAGE_CHARS = 900;
const MAX_FAQ_CHARS = 2500;
const MAX_SOURCES = 5;
const MAX_RELATED = 3;

/** Links inside a document resolve against the document's own URL; without one, only absolute links survive. */
export function linkResolver(passage: Pick<Passage, 'linkBase'>): LinkResolver {
  return (href) => {
    if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
    if (!passage.linkBase || /^[a-z][a-z0-9+.-]*:/i.test(href)) return undefined;
    try {
      return new URL(href.replace(/\.md(#|$)/i, '$1'), passage.linkBase).toString();
    } catch {
      return undefined;
    }
  };
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const sentence = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('.\n'), slice.lastIndexOf('\n'));
  return `${(sentence > max * 0.5 ? slice.slice(0, sentence + 1) : slice.replace(/\s+\S*$/, '')).trimEnd()} …`;
}

/**
 * Rendered blocks per passage (links resolved against the passage's own base). Passages
 * are immutable (a change replaces the object), so a WeakMap cache can never serve stale text;
 * it saves the Markdown lexer on every repeated answer.
 */
const rendered = new WeakMap<Passage, string[]>();
/** Each block's terms, for the same reason (the analyzer over a long section on every answer). */
const blockTerms = new WeakMap<Passage, Array<ReadonlySet<string>>>();

function blocksOf(passage: Passage): string[] {
  let blocks = rendered.get(passage);
  if (!blocks) rendered.set(passage, (blocks = renderBlocks(passage.markdown, linkResolver(passage))));
  return blocks;
}

function termsOfBlocks(passage: Passage, blocks: readonly string[]): Array<ReadonlySet<string>> {
  let terms = blockTerms.get(passage);
  if (!terms) blockTerms.set(passage, (terms = blocks.map((b) => new Set(analyze(b)))));
  return terms;
}

/**
 * The part of a passage worth showing: whole when short; otherwise from the block (paragraph,
 * list, table) that mentions most of the question's terms, as many blocks as fit.
 */
export function excerpt(passage: Passage, terms: readonly string[], maxChars = DEFAULT_PASSAGE_CHARS): string {
  const blocks = blocksOf(passage);
  const limit = passage.kind === 'doc' ? maxChars : MAX_FAQ_CHARS;
  const whole = blocks.join('\n\n');
  if (whole.length <= limit) return whole;
  const wanted = [...new Set(terms)];
  let start = 0;
  let bestHits = 0;
  termsOfBlocks(passage, blocks).forEach((have, i) => {
    const hits = wanted.filter((t) => have.has(t)).length;
    if (hits > bestHits) [start, bestHits] = [i, hits];
  });
  const out: string[] = [];
  let length = 0;
  for (const block of blocks.slice(start)) {
    if (out.length && length + block.length > limit) break;
    out.push(block);
    length += block.length + 2;
  }
  const text = cut(out.join('\n\n'), limit);
  return start > 0 || out.length < blocks.length ? (text.endsWith('…') ? text : `${text} …`) : text;
}

/** What a related-question button says: the FAQ question, else the section heading, else the document title. */
export function questionLabel(hit: PassageHit): string {
  const p = hit.passage;
  if (p.kind !== 'doc') return p.title;
  return p.heading && p.heading.split(/\s+/).length >= 2 ? p.heading : p.title;
}

function sources(hits: readonly SourceHit[], confidence: number): AnswerSource[] {
  const top = hits[0]?.score || 1;
  return hits.slice(0, MAX_SOURCES).map((h) => ({
    path: h.best.passage.path,
    heading: h.best.passage.heading,
    title: h.best.passage.title,
    score: Math.round((confidence * h.score * 1000) / top) / 1000,
    kind: h.best.passage.kind,
    url: h.best.passage.url,
    passageId: h.best.passage.id,
  }));
}

/** An answer's related questions must be related: sources scoring at least this share of the best one. */
const RELATED_MIN_SHARE = 0.4;

/**
 * Questions to offer next. After an answer: the next sources that are close to it. When not sure:
 * the closest sources whatever their score (they are the "did you mean" list).
 */
function related(hits: readonly SourceHit[], answered: boolean): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const floor = answered ? (hits[0]?.score ?? 0) * RELATED_MIN_SHARE : 0;
  for (const hit of hits.slice(answered ? 1 : 0)) {
    if (hit.score < floor) break;
    const label = questionLabel(hit.best);
    const key = label.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(label);
    if (out.length === MAX_RELATED) break;
  }
  return out;
}

/** The grade of a reply with this confidence. */
export function gradeOf(confidence: number, hasSources: boolean, options: AnswerOptions): AnswerGrade {
  if (!hasSources) return 'unknown';
  if (confidence >= options.threshold) return 'answer';
  return confidence >= Math.min(options.closestThreshold ?? CLOSEST_THRESHOLD, options.threshold) ? 'closest' : 'unknown';
}

/**
 * The knowledge base's answer, graded: the best source's passage when confidence reaches the
 * threshold; otherwise the closest sources with a sentence each, so the maker can pick one or ask
 * an expert; and when nothing is close, a plain "I don't know that one".
 */
export function buildAnswer(question: string, retrieval: Retrieval, options: AnswerOptions): KbAnswer {
  const grade = gradeOf(retrieval.confidence, retrieval.hits.length > 0, options);
  const answered = grade === 'answer';
  const top = retrieval.hits[0];
  return {
    question,
    normalized: retrieval.terms.join(' '),
    answered,
    grade,
    confidence: retrieval.confidence,
    highConfidence: answered && retrieval.confidence >= HIGH_CONFIDENCE,
    closest: grade === 'closest' ? closestSources(retrieval.hits, retrieval.terms) : [],
    answer: answered && top ? excerpt(top.best.passage, retrieval.terms, options.maxPassageChars) : '',
    sources: sources(retrieval.hits, retrieval.confidence),
    related: related(retrieval.hits, answered),
    composedBy: 'retrieval',
  };
}
