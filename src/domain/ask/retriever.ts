import { expandedTerms, interpolate, phrasingTerms } from './expansion.js';
import { RERANK_DEPTH, rerank } from './reranker.js';
import { estimateConfidence, type ConfidenceSignals } from './confidence.js';
import { isSmallTalk } from './small-talk.js';
import type { KnowledgeIndex, SourceHit } from './search-index.js';
import { analyze, relatedTerms } from './text/analyzer.js';

/** What retrieval found for a question, before an answer is cut from it. */
export interface Retrieval {
  /** The question's index terms, in order, without repeats. */
  terms: string[];
  /** Best first, one per document or FAQ entry. */
  hits: SourceHit[];
  confidence: number;
  signals: ConfidenceSignals;
  /** Question terms that are typo corrections (they count half as unknown for confidence). */
  guessed: string[];
  /** Who ordered the sources: the retrieval itself, or a language model (model-rerank.ts). */
  rankedBy?: 'retrieval' | 'ai';
}

export interface RetrieveOptions {
  /** Sources to return (default 8: 5 cited, the rest give related questions). */
  limit?: number;
  /** Search-as-you-type: the last word may be unfinished. */
  prefixLast?: boolean;
  /** Leave out the Power Platform related-terms expansion (the benchmark's ablation). */
  noRelated?: boolean;
  /** Leave out the second stage (the first stage's order; for fitting the re-ranker). */
  noRerank?: boolean;
  /** Leave out the mined-abbreviation query. */
  noExpansion?: boolean;
  /** Leave out the maker-phrasings query (text/phrasings.ts). */
  noPhrasings?: boolean;
  /** Leave out typo correction. */
  noSpelling?: boolean;
}

/** Share of the ranking the abbreviation-expanded question gets (fitted on the maker set's tuning half). */
export const EXPANSION_WEIGHT = 0.4;

/** Share of the ranking the maker-phrasings query gets (chosen by five-fold cross-validation on the maker set's tuning half: bench/cv-phrasings.ts). */
export const PHRASING_WEIGHT = 0.35;

/**
 * Finds the sources for a question: analyse it (vocabulary, filler, stems), add related terms at a
 * lower weight, search, re-rank the first 20 by where the words meet, and estimate how sure the best source answers it.
 */
export function retrieve(index: KnowledgeIndex, question: string, options: RetrieveOptions = {}): Retrieval {
  const asked = [...new Set(analyze(question))];
  // Typos: an unknown word is replaced by its one closest known word (the last word is left alone
  // while typing, it may be unfinished). Corrected words still count half as unknown for confidence.
  const guessed = new Set<string>();
  const terms = options.noSpelling
    ? asked
    : [
        ...new Set(
          asked.map((t, i) => {
            const fixed = options.prefixLast && i === asked.length - 1 ? undefined : index.correction(t);
            if (fixed) guessed.add(fixed);
            return fixed ?? t;
          }),
        ),
      ];
  const related = options.noRelated ? [] : relatedTerms(terms);
  const limit = options.limit ?? 8;
  const depth = options.noRerank ? limit : Math.max(limit, RERANK_DEPTH);
  let first = index.query({ terms, related, limit: depth, prefixLast: options.prefixLast, fuzzy: options.noSpelling });
  const expanded = options.noExpansion ? undefined : expandedTerms(index, question, terms);
  if (expanded) first = interpolate(first, index.query({ terms: expanded, limit: depth }), EXPANSION_WEIGHT).slice(0, depth);
  const phrased = options.noPhrasings ? undefined : phrasingTerms(index, question, terms);
  if (phrased) first = interpolate(first, index.query({ terms: phrased, related: relatedTerms(phrased), limit: depth }), PHRASING_WEIGHT).slice(0, depth);
  const hits = options.noRerank ? first : rerank(index, terms, first, undefined, question).slice(0, limit);
  const { confidence, signals } = estimateConfidence(index, terms, hits, guessed);
  return { terms, hits, confidence: isSmallTalk(question) ? 0 : confidence, signals, guessed: [...guessed] };
}
