import type { KnowledgeIndex, SourceHit } from './search-index.js';
import { analyze } from './text/analyzer.js';
import type { Passage } from './types.js';

/**
 * Second stage over the lexical top 20: the first stage (BM25+ over sections and whole sources)
 * already has a right source among its first 20 for nearly every in-scope question, but often not
 * first. What it cannot see is *where* the question's words meet: in the document's title, in
 * the section's heading, next to each other, or scattered across a long article.
 */
export interface RerankFeatures {
  /** First-stage score relative to the best candidate. */
  base: number;
  /** Share of the question's specificity (IDF) found in the document title (or FAQ question). */
  title: number;
  /** The same, in the best section's heading and its parents. */
  heading: number;
  /** The same, anywhere in the best section. */
  section: number;
  /** The same, anywhere in the whole source. */
  source: number;
  /** Share of the question's adjacent term pairs that also stand next to each other in the title, heading or section. */
  phrase: number;
  /** The best section's own score relative to the best candidate's best section. */
  passage: number;
  /** Section-vs-document agreement: how many of the source's sections matched (of up to 9). */
  agreement: number;
  /** Document type prior: release notes (they mention everything a version touched, in passing). */
  releaseNotes: number;
  /** Document type prior: an overview, FAQ or "explained" article. */
  overview: number;
}

/** Weights of the features, hand-fitted on the tuning half of the maker set (docs/benchmarks.md). */
export const RERANK_WEIGHTS: Readonly<Record<keyof RerankFeatures, number>> = { base: 1, title: 0, heading: 0, section: 0.2, source: 0, phrase: 0.5, passage: 0, agreement: 0, releaseNotes: 0, overview: 0 };

/** Candidates the second stage looks at. */
export const RERANK_DEPTH = 20;

const pairsOf = (list: readonly string[]) => {
  const out = new Set<string>();
  for (let i = 1; i < list.length; i += 1) out.add(`${list[i - 1]} ${list[i]}`);
  return out;
};

interface PassageTerms {
  title: ReadonlySet<string>;
  heading: ReadonlySet<string>;
  all: ReadonlySet<string>;
  /** Adjacent term pairs of the title, headings and body. */
  pairs: ReadonlySet<string>;
}

const cache = new WeakMap<Passage, PassageTerms>();

/** A passage's analysed parts, worked out once per passage object (passages are immutable). */
function termsOf(p: Passage): PassageTerms {
  let t = cache.get(p);
  if (!t) {
    const topic = analyze([p.title, p.heading ?? '', ...p.parents, ...p.phrasings].join(' \n '));
    const body = analyze(p.markdown);
    t = {
      title: new Set(analyze(p.kind === 'doc' ? p.title : p.phrasings.join(' '))),
      heading: new Set(analyze([p.heading ?? '', ...p.parents].join(' '))),
      all: new Set([...topic, ...body]),
      pairs: new Set([...pairsOf(topic), ...pairsOf(body)]),
    };
    cache.set(p, t);
  }
  return t;
}

export function rerankFeatures(index: KnowledgeIndex, terms: readonly string[], hit: SourceHit, best: number, bestPassage: number): RerankFeatures {
  const weight = new Map(terms.map((t) => [t, index.idf(t)]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0) || 1;
  const share = (have: ReadonlySet<string>) => terms.reduce((sum, t) => sum + (have.has(t) ? weight.get(t)! : 0), 0) / total;
  const p = hit.best.passage;
  const own = termsOf(p);
  const asked = pairsOf(terms);
  const phrase = asked.size ? [...asked].filter((x) => own.pairs.has(x)).length / asked.size : 0;
  return { base: best > 0 ? hit.score / best : 0, title: share(own.title), heading: share(own.heading), section: share(own.all), source: share(index.sourceTerms(hit.groupKey)), phrase, passage: bestPassage > 0 ? hit.best.score / bestPassage : 0, agreement: (1 + hit.others.length) / 9, releaseNotes: /release-notes\//.test(p.path) ? 1 : 0, overview: /(overview|faq|explained|basics)[^/]*$/.test(p.path) ? 1 : 0 };
}

export function rerankScore(f: RerankFeatures, w: Readonly<Record<keyof RerankFeatures, number>> = RERANK_WEIGHTS): number {
  return (Object.keys(w) as Array<keyof RerankFeatures>).reduce((sum, k) => sum + w[k] * f[k], 0);
}

/** Re-orders the first stage's candidates by the second-stage score (which replaces `score`). */
export function rerank(index: KnowledgeIndex, terms: readonly string[], hits: readonly SourceHit[], w = RERANK_WEIGHTS): SourceHit[] {
  const best = hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...hits.map((h) => h.best.score));
  return hits
    .map((hit) => ({ ...hit, score: rerankScore(rerankFeatures(index, terms, hit, best, bestPassage), w) }))
    .sort((a, b) => b.score - a.score);
}
