import type { KnowledgeIndex, SourceHit } from './search-index.js';
import { analyze } from './text/analyzer.js';
import { articleKinds, questionKinds, slugOf, type Kinds } from './article-kind.js';
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
  /** Share of the question's specificity in the source's file name ("add-storage"). */
  slug: number;
  /** Share of the question's rarer half (by IDF) found in the title, headings or file name. */
  rareTopic: number;
  /** 1 / (1 + first-stage rank). */
  rank: number;
  /** The question asks for an explanation and the article is an overview. */
  askOverview: number;
  /** The question asks how to do something and the article is a how-to. */
  askHowTo: number;
  /** The question asks for a limit and the article is about limits or requirements. */
  askLimits: number;
  /** The question reports a problem and the article is troubleshooting or an FAQ. */
  askProblem: number;
  /** The question asks how to do something and the article is an overview. */
  howToOverview: number;
}

/**
 * Weights of the features, hand-fitted on the tuning half of the maker set (docs/benchmarks.md).
 * The file-name, rare-term topic and question-kind features (article-kind.ts) stay at 0: fitted per
 * fold in five-fold cross-validation inside the tuning half (npx tsx bench/cv-rerank.ts), by hand
 * or as a pairwise logistic re-ranker, none raised top-1 answered and precision together.
 */
export const RERANK_WEIGHTS: Readonly<Record<keyof RerankFeatures, number>> = { base: 1, title: 0, heading: 0, section: 0.2, source: 0, phrase: 0.5, passage: 0, agreement: 0, releaseNotes: 0, overview: 0, slug: 0, rareTopic: 0, rank: 0, askOverview: 0, askHowTo: 0, askLimits: 0, askProblem: 0, howToOverview: 0 };

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
  slug: ReadonlySet<string>;
  kinds: Kinds;
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
      slug: new Set(analyze(slugOf(p).replace(/[-_]/g, ' '))),
      kinds: articleKinds(p),
      all: new Set([...topic, ...body]),
      pairs: new Set([...pairsOf(topic), ...pairsOf(body)]),
    };
    cache.set(p, t);
  }
  return t;
}

const NO_KINDS: Kinds = { overview: 0, howTo: 0, limits: 0, problem: 0 };

export function rerankFeatures(index: KnowledgeIndex, terms: readonly string[], hit: SourceHit, best: number, bestPassage: number, asks: Kinds = NO_KINDS, rank = 0): RerankFeatures {
  const weight = new Map(terms.map((t) => [t, index.idf(t)]));
  const total = [...weight.values()].reduce((a, b) => a + b, 0) || 1;
  const share = (have: ReadonlySet<string>) => terms.reduce((sum, t) => sum + (have.has(t) ? weight.get(t)! : 0), 0) / total;
  const p = hit.best.passage;
  const own = termsOf(p);
  const asked = pairsOf(terms);
  const phrase = asked.size ? [...asked].filter((x) => own.pairs.has(x)).length / asked.size : 0;
  const idfs = [...weight.values()].sort((a, b) => a - b);
  const cut = idfs[Math.floor(idfs.length / 2)] ?? 0;
  const rare = terms.filter((t) => weight.get(t)! >= cut);
  const rareTopic = rare.length ? rare.filter((t) => own.title.has(t) || own.heading.has(t) || own.slug.has(t)).length / rare.length : 0;
  const is = own.kinds;
  const kinds = { askOverview: asks.overview * is.overview, askHowTo: asks.howTo * is.howTo, askLimits: asks.limits * is.limits, askProblem: asks.problem * is.problem, howToOverview: asks.howTo * (1 - asks.overview) * is.overview };
  return { ...kinds, slug: p.kind === 'doc' ? share(own.slug) : share(own.title), rareTopic, rank: 1 / (1 + rank), base: best > 0 ? hit.score / best : 0, title: share(own.title), heading: share(own.heading), section: share(own.all), source: share(index.sourceTerms(hit.groupKey)), phrase, passage: bestPassage > 0 ? hit.best.score / bestPassage : 0, agreement: (1 + hit.others.length) / 9, releaseNotes: /release-notes\//.test(p.path) ? 1 : 0, overview: /(overview|faq|explained|basics)[^/]*$/.test(p.path) ? 1 : 0 };
}

export function rerankScore(f: RerankFeatures, w: Readonly<Record<keyof RerankFeatures, number>> = RERANK_WEIGHTS): number {
  return (Object.keys(w) as Array<keyof RerankFeatures>).reduce((sum, k) => sum + w[k] * f[k], 0);
}

/** Re-orders the first stage's candidates by the second-stage score (which replaces `score`). */
export function rerank(index: KnowledgeIndex, terms: readonly string[], hits: readonly SourceHit[], w = RERANK_WEIGHTS, question = ''): SourceHit[] {
  const best = hits[0]?.score ?? 0;
  const bestPassage = Math.max(0, ...hits.map((h) => h.best.score));
  const asks = questionKinds(question);
  return hits
    .map((hit, rank) => ({ ...hit, score: rerankScore(rerankFeatures(index, terms, hit, best, bestPassage, asks, rank), w) }))
    .sort((a, b) => b.score - a.score);
}
