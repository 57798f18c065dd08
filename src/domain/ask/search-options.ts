import type { SearchOptions } from 'minisearch';
import { FIELD_BOOST } from './index-fields.js';
import type { RelatedTerm } from './text/analyzer.js';

// What these options read of a search request and of the index. Declared here rather than taken
// from search-index.ts, which calls this module: a type import back would be an import cycle.
/** The part of a search request (search-index.ts) that shapes the options. */
export interface OptionsRequest {
  terms: string[];
  related?: RelatedTerm[];
  /** Treat the last term as unfinished (search-as-you-type in the message extension). */
  prefixLast?: boolean;
  /** Fuzzy-match unknown words (off once the question was spell-corrected). */
  fuzzy?: boolean;
}

/** What the options ask of the index (KnowledgeIndex) about a term. */
export interface TermLookup {
  has(term: string): boolean;
  isRare(term: string): boolean;
}

/** MiniSearch options for one question: field boosts, related terms' weights, fuzzy and prefix matching. */
export function searchOptions(request: OptionsRequest, index: TermLookup): SearchOptions {
  const main = new Set(request.terms);
  const weights = new Map<string, number>((request.related ?? []).filter((r) => !main.has(r.term)).map((r) => [r.term, r.weight]));
  const last = request.terms[request.terms.length - 1];
  return {
    boost: { ...FIELD_BOOST },
    combineWith: 'OR',
    boostTerm: (term) => weights.get(term) ?? 1,
    // Typos: only words the index does not know are fuzzy-matched (distance 1, 2 from 9 letters),
    // and only when the question was not spell-corrected first: after correction, fuzzy matching
    // changed no result of the bench sets and was a third of the search time (docs/benchmarks.md).
    fuzzy: (term) => (!request.fuzzy || !main.has(term) || index.has(term) || term.length < 4 ? false : term.length >= 9 ? 2 : 1),
    // Prefixes catch word forms the stemmer leaves apart ("exempt" → "exemption") and words cut
    // short. Not for common words: "creat" would expand to every "creator" and "creation" in the
    // index, costing milliseconds and adding nothing a common word's own matches do not.
    prefix: (term) => main.has(term) && ((request.prefixLast === true && term === last) || (term.length >= 5 && index.isRare(term)) || (!index.has(term) && term.length >= 4)),
    maxFuzzy: 2,
  };
}
