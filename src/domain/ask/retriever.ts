import { estimateConfidence, type ConfidenceSignals } from './confidence.js';
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
}

export interface RetrieveOptions {
  /** Sources to return (default 8: 5 cited, the rest give related questions). */
  limit?: number;
  /** Search-as-you-type: the last word may be unfinished. */
  prefixLast?: boolean;
  /** Leave out the Power Platform related-terms expansion (the benchmark's ablation). */
  noRelated?: boolean;
}

/**
 * Finds the sources for a question: analyse it (vocabulary, filler, stems), add related terms at a
 * lower weight, search, and estimate how sure the best source answers it.
 */
export function retrieve(index: KnowledgeIndex, question: string, options: RetrieveOptions = {}): Retrieval {
  const terms = [...new Set(analyze(question))];
  const related = options.noRelated ? [] : relatedTerms(terms);
  const hits = index.query({ terms, related, limit: options.limit ?? 8, prefixLast: options.prefixLast });
  const { confidence, signals } = estimateConfidence(index, terms, hits);
  return { terms, hits, confidence, signals };
}
