import { searchOptions, type OptionsRequest } from './search-options.js';
import { FIELDS, passageFields, sourceFields, type IndexedFields } from './index-fields.js';
import { analyze } from './text/analyzer.js';
import { Speller } from './text/spelling.js';
import { AbbreviationTable, mineAbbreviations } from './text/abbreviations.js';
import { newMiniSearch, TermSearch } from './term-search.js';
import type { Passage } from './types.js';

/** One passage that matched, with what matched. */
export interface PassageHit {
  passage: Passage;
  /** The passage's own BM25+ score. */
  score: number;
  /** The question's terms found in this passage (after fuzzy/prefix matching). */
  queryTerms: string[];
  /** Index fields that matched. */
  fields: Set<string>;
}

/** The best passage of one source (a document or an FAQ entry) and its other matching passages. */
export interface SourceHit {
  groupKey: string;
  /** Ranking score: best passage and whole source, each relative to the best of its kind. */
  score: number;
  best: PassageHit;
  others: PassageHit[];
}

/** A search: the options' part (terms, related terms, prefix and fuzzy matching) and how many sources. */
export interface SearchRequest extends OptionsRequest {
  /** Sources to return. */
  limit?: number;
}

/**
 * How much the whole-source match counts next to the best passage's. Sections alone favour a
 * long article that mentions every word once in passing; whole documents alone cannot say which
 * part answers. Equal weight after normalising each to its best hit was the best of 0–2.5 on
 * both question sets (docs/benchmarks.md).
 */
const SOURCE_WEIGHT = 1;

/**
 * Curated answers (FAQ entries, expert answers) outrank a generic document that matches about as
 * well: they are the CoE's own process ("request an environment in Maker Hub"), where a vendor
 * article describes the product in general. Kept modest: with 1.2, starter-FAQ questions find
 * their entry first in 88% of cases with the 357-article corpus ingested beside them (76% without
 * a prior), and the corpus questions an FAQ entry takes over are mostly ones it answers; 1.5 let
 * the FAQ take over a quarter of the corpus questions (docs/benchmarks.md).
 */
const CURATED_PRIOR = 1.2;

/** Passages kept per source besides the best (what the confidence estimate looks at). */
const MAX_HITS_PER_SOURCE = 8;

/**
 * The in-memory search index over every passage (BM25+ via MiniSearch), plus a second index of
 * whole sources and the per-term statistics the confidence estimate needs. Built from the database
 * at start and updated on every change.
 */
export class KnowledgeIndex {
  private readonly sections = newMiniSearch();
  private readonly sources = newMiniSearch();
  private readonly sectionSearch = new TermSearch(this.sections);
  private readonly sourceSearch = new TermSearch(this.sources);
  private readonly passages = new Map<string, Passage>();
  private readonly fieldsOf = new Map<string, IndexedFields>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly termsOf = new Map<string, string[]>();
  private readonly df = new Map<string, number>();
  private readonly abbreviations = new AbbreviationTable();
  private readonly sourceTermCache = new Map<string, ReadonlySet<string>>();
  /** Built on the first correction after the vocabulary changed (ingesting adds thousands of terms at once). */
  private speller: Speller | undefined;

  get size(): number {
    return this.passages.size;
  }

  get sourceCount(): number {
    return this.groups.size;
  }

  passage(id: string): Passage | undefined {
    return this.passages.get(id);
  }

  /** Every passage of one source, in order. */
  group(groupKey: string): Passage[] {
    return [...(this.groups.get(groupKey) ?? [])].flatMap((id) => this.passages.get(id) ?? []);
  }

  allPassages(): IterableIterator<Passage> {
    return this.passages.values();
  }

  /** Adds or replaces passages. */
  add(passages: readonly Passage[]): void {
    const touched = new Set<string>();
    for (const passage of passages) {
      if (this.passages.has(passage.id)) this.remove(passage.id);
      const fields = passageFields(passage);
      this.sections.add(fields);
      this.passages.set(passage.id, passage);
      this.fieldsOf.set(passage.id, fields);
      const group = this.groups.get(passage.groupKey) ?? new Set<string>();
      group.add(passage.id);
      this.groups.set(passage.groupKey, group);
      const terms = [...new Set(FIELDS.flatMap((f) => analyze(fields[f])))];
      this.termsOf.set(passage.id, terms);
      this.abbreviations.set(passage.id, mineAbbreviations(`${fields.title}\n${fields.description}\n${fields.headings}\n${fields.text}`));
      for (const t of terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      this.changed();
      touched.add(passage.groupKey);
    }
    for (const groupKey of touched) this.indexSource(groupKey);
  }

  /** Removes every passage of a source (a document being re-ingested or deleted, an FAQ entry). */
  removeGroup(groupKey: string): void {
    for (const id of [...(this.groups.get(groupKey) ?? [])]) this.remove(id);
    this.indexSource(groupKey);
  }

  /** Replaces a source's passages in one step. */
  replaceGroup(groupKey: string, passages: readonly Passage[]): void {
    this.removeGroup(groupKey);
    this.add(passages);
  }

  private indexSource(groupKey: string): void {
    this.sourceTermCache.delete(groupKey);
    this.sourceSearch.clear();
    if (this.sources.has(groupKey)) this.sources.discard(groupKey);
    const parts = [...(this.groups.get(groupKey) ?? [])].flatMap((id) => this.fieldsOf.get(id) ?? []);
    const whole = sourceFields(groupKey, parts);
    if (whole) this.sources.add(whole);
  }

  /** The vocabulary and BM25 statistics moved: corrections and scored postings are stale. */
  private changed(): void {
    this.speller = undefined;
    this.sectionSearch.clear();
    this.sourceSearch.clear();
  }

  private remove(id: string): void {
    const passage = this.passages.get(id);
    if (!passage) return;
    this.sections.discard(id);
    this.passages.delete(id);
    this.fieldsOf.delete(id);
    const group = this.groups.get(passage.groupKey);
    group?.delete(id);
    if (group && !group.size) this.groups.delete(passage.groupKey);
    for (const t of this.termsOf.get(id) ?? []) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n > 0) this.df.set(t, n);
      else this.df.delete(t);
    }
    this.termsOf.delete(id);
    this.abbreviations.delete(id);
    this.changed();
  }

  /** The long form the knowledge base gives for an abbreviation ("pim" → "Privileged Identity Management"). */
  expand(abbreviation: string): string | undefined {
    return this.abbreviations.get(abbreviation);
  }

  /** Every index term of a source (all its passages), for the second stage's whole-source coverage. */
  sourceTerms(groupKey: string): ReadonlySet<string> {
    let terms = this.sourceTermCache.get(groupKey);
    if (!terms) {
      terms = new Set([...(this.groups.get(groupKey) ?? [])].flatMap((id) => this.termsOf.get(id) ?? []));
      this.sourceTermCache.set(groupKey, terms);
    }
    return terms;
  }

  /** A known term in at most 2% of passages (where prefix expansion is cheap and still informative). */
  isRare(term: string): boolean {
    const df = this.df.get(term) ?? 0;
    return df > 0 && df <= Math.max(3, this.passages.size * 0.02);
  }

  /** The closest known term to one the index has never seen (a typo), if any. */
  correction(term: string): string | undefined {
    if (this.df.has(term)) return undefined;
    this.speller ??= new Speller(this.df);
    return this.speller.correct(term);
  }

  /** Whether the index knows the term exactly (known words are not fuzzy-matched: that only adds noise). */
  has(term: string): boolean {
    return this.df.has(term);
  }

  /**
   * Inverse document frequency of a term over passages; a term the index has never seen gets the
   * highest value, since it is the most specific thing the question says.
   */
  idf(term: string): number {
    const n = this.passages.size || 1;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Best sources for analysed question terms, one entry per document or FAQ entry, best first. */
  query(request: SearchRequest): SourceHit[] {
    const main = new Set(request.terms);
    const text = [...new Set([...request.terms, ...(request.related ?? []).map((r) => r.term)])].join(' ');
    if (!text || !this.passages.size) return [];
    const options = searchOptions(request, this);
    const results = this.sectionSearch.search(text, options);
    const whole = new Map(this.sourceSearch.search(text, options).map((r) => [r.id, r.score] as const));
    const bestSection = results[0]?.score || 1;
    const bestSource = Math.max(1e-9, ...whole.values());

    // Results come best first, so a source's first result is its best passage. Hundreds of
    // sections match a question; only the sources that end up ranked get their hits worked out.
    const groups = new Map<string, { score: number; results: typeof results }>();
    for (const r of results) {
      const groupKey = this.passages.get(r.id)?.groupKey;
      if (!groupKey) continue;
      const group = groups.get(groupKey);
      if (group) {
        if (group.results.length < MAX_HITS_PER_SOURCE) group.results.push(r);
      } else {
        const prior = this.passages.get(r.id)!.kind === 'doc' ? 1 : CURATED_PRIOR;
        groups.set(groupKey, { score: prior * (r.score / bestSection + SOURCE_WEIGHT * ((whole.get(groupKey) ?? 0) / bestSource)), results: [r] });
      }
    }
    const ranked = [...groups.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, request.limit ?? groups.size);
    const hit = (r: (typeof results)[number]): PassageHit => ({
      passage: this.passages.get(r.id)!,
      score: r.score,
      queryTerms: r.queryTerms.filter((t) => main.has(t)),
      fields: r.fields,
    });
    return ranked.map(([groupKey, g]) => {
      const [best, ...others] = g.results.map(hit);
      return { groupKey, score: g.score, best: best!, others };
    });
  }
}
