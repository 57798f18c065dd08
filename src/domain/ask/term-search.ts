import MiniSearch, { type SearchOptions } from 'minisearch';
import { FIELDS, type IndexedFields } from './index-fields.js';
import { analyze } from './text/analyzer.js';

/** The MiniSearch the knowledge base indexes sections and whole sources with. */
export function newMiniSearch(): MiniSearch<IndexedFields> {
  return new MiniSearch<IndexedFields>({
    fields: [...FIELDS],
    tokenize: analyze,
    processTerm: (term) => term,
    // Questions arrive already analysed (analyze is not idempotent: stems must not be stemmed twice).
    searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
  });
}

/** One matching document of a search, as MiniSearch's OR search reports it. */
export interface TermSearchResult {
  id: string;
  /** BM25+ summed over the query terms, times the number of query terms matched (MiniSearch's "quality"). */
  score: number;
  /** The question's terms this document matched, in query order. */
  queryTerms: string[];
  /** Index fields that matched, over all terms. */
  fields: Set<string>;
}

/** Terms matching fewer documents than this are not kept. */
const MIN_KEPT = 32;
/** Postings kept over all terms (about 100 bytes each). */
const MAX_HELD = 200_000;

interface Posting {
  id: string;
  score: number;
  fields: readonly string[];
}

/**
 * MiniSearch's OR search, one term at a time, with each term's scored postings kept until the
 * index changes. A question's time went into scoring its common words ("environment" is in half
 * the sections) in every question that uses them, and again for the abbreviation query: a term's
 * BM25+ postings do not depend on the rest of the question, only its weight does, which multiplies
 * them. The scores are the library's own, summed in the same order, so the ranking is unchanged.
 */
export class TermSearch<T> {
  /** Least recently used first (a Map keeps insertion order; a hit moves its term to the end). */
  private readonly postings = new Map<string, readonly Posting[]>();
  private held = 0;

  constructor(private readonly mini: MiniSearch<T>) {}

  /** Forgets every term's postings (call on every add or removal: document counts and lengths change). */
  clear(): void {
    this.postings.clear();
    this.held = 0;
  }

  private scored(term: string, options: SearchOptions, prefix: boolean, fuzzy: boolean | number): readonly Posting[] {
    const key = `${term}\u0000${prefix ? 1 : 0}\u0000${String(fuzzy)}`;
    const kept = this.postings.get(key);
    if (kept) {
      this.postings.delete(key);
      this.postings.set(key, kept);
      return kept;
    }
    const list = this.mini
      .search(term, { ...options, prefix, fuzzy, boostTerm: () => 1 })
      .map((r) => ({ id: String(r.id), score: r.score, fields: [...new Set(Object.values(r.match).flat())] }));
    // Rare terms are cheap to score again; the budget bounds memory on a large knowledge base.
    if (list.length < MIN_KEPT) return list;
    this.postings.set(key, list);
    this.held += list.length;
    for (const [oldest, old] of this.postings) {
      if (this.held <= MAX_HELD) break;
      this.postings.delete(oldest);
      this.held -= old.length;
    }
    return list;
  }

  /** Every document matching any of the terms (space-separated, already analysed), best first. */
  search(text: string, options: SearchOptions): TermSearchResult[] {
    const terms = text.split(' ').filter(Boolean);
    const merged = new Map<string, TermSearchResult>();
    terms.forEach((term, i) => {
      const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
      const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : (options.fuzzy ?? false);
      const weight = options.boostTerm?.(term, i, terms) ?? 1;
      for (const p of this.scored(term, options, prefix, fuzzy)) {
        const have = merged.get(p.id);
        if (have) {
          have.score += weight * p.score;
          if (!have.queryTerms.includes(term)) have.queryTerms.push(term);
          for (const f of p.fields) have.fields.add(f);
        } else {
          merged.set(p.id, { id: p.id, score: weight * p.score, queryTerms: [term], fields: new Set(p.fields) });
        }
      }
    });
    const out = [...merged.values()];
    for (const r of out) r.score *= r.queryTerms.length || 1;
    return out.sort((a, b) => b.score - a.score);
  }
}
