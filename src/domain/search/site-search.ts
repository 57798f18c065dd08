import MiniSearch, { type SearchResult } from 'minisearch';
import type { Store } from '../store.js';
import { communityItems, documentItem, faqItem } from './items.js';
import { snippetOf, highlightsOf } from './snippet.js';
import type { SearchHit, SearchItem, SearchKind } from './types.js';

/** Function words a search box query carries no meaning in ("how do I share an app" → share, app). */
const STOP = new Set('a an and are as at be by can could do does for from how i if in into is it me my of on or our should so than that the this to was we what when where which who why will with would you your'.split(' '));
const WORD = /[\p{L}\p{N}]+/gu;

type Group = 'kb' | 'community';
interface Indexed {
  key: string;
  kind: SearchKind;
  title: string;
  keywords: string;
  text: string;
}

export interface SearchOptions {
  kinds?: ReadonlySet<SearchKind>;
  limit: number;
}

const keyOf = (item: Pick<SearchItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/**
 * One index over everything a person may find: FAQ entries, knowledge-base documents, training
 * paths and modules, scheduled events and published stories, ranked together (BM25+ with a title
 * boost), typo-tolerant (fuzzy) and prefix-matching the last word as it is typed.
 *
 * It follows the database, not this instance's own writes: each search first compares the
 * knowledge base's revision and a fingerprint of the community tables (counts, versions, last
 * change) with what it indexed, and re-reads only the part that moved — so an edit made by
 * another instance, the CLI or any service shows in the next search. Only items whose content
 * changed are re-indexed.
 */
export class SiteSearch {
  private readonly index = new MiniSearch<Indexed>({
    idField: 'key',
    fields: ['title', 'keywords', 'text'],
    storeFields: ['kind'],
    tokenize: (text) => text.match(WORD) ?? [],
    searchOptions: {
      boost: { title: 3, keywords: 1.5 },
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      processTerm: (term) => {
        const lower = term.toLowerCase();
        return STOP.has(lower) ? null : lower;
      },
    },
  });
  private readonly items = new Map<string, { item: SearchItem; json: string; group: Group }>();
  private kbRevision = -1;
  private communityPrint: string | null = null;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly store: Store) {}

  get size(): number {
    return this.items.size;
  }

  /** Brings the index up to the database (searches arriving meanwhile wait for the same read). */
  refresh(): Promise<void> {
    this.refreshing ??= this.sync().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    await this.refresh();
    const kinds = options.kinds;
    const results = this.index.search(query, kinds?.size ? { filter: (r) => kinds.has(r.kind as SearchKind) } : {});
    return results.slice(0, options.limit).flatMap((r) => this.hit(r));
  }

  private hit(result: SearchResult): SearchHit[] {
    const stored = this.items.get(String(result.id));
    if (!stored) return [];
    const { item } = stored;
    const terms = new Set(result.terms);
    const { snippet, highlights } = snippetOf(item.text || item.keywords, terms);
    return [{ kind: item.kind, id: item.id, title: item.title, url: item.url, snippet, highlights: { title: highlightsOf(item.title, terms), snippet: highlights }, ...(item.card ? { card: item.card } : {}), score: Math.round(result.score * 1000) / 1000 }];
  }

  private async sync(): Promise<void> {
    const repos = this.store.repos;
    const [revision, print] = await Promise.all([repos.kbDocuments.revision(), repos.search.communityFingerprint()]);
    if (revision !== this.kbRevision) {
      const [entries, documents] = await Promise.all([repos.kbEntries.list(), repos.kbDocuments.loadAll()]);
      this.apply('kb', [...entries.map(faqItem), ...documents.map(documentItem)]);
      this.kbRevision = revision;
    }
    if (print !== this.communityPrint) {
      this.apply('community', communityItems(await repos.search.community()));
      this.communityPrint = print;
    }
  }

  /** Makes the group's part of the index equal to `items`: adds, replaces what changed, drops what is gone. */
  private apply(group: Group, items: readonly SearchItem[]): void {
    const seen = new Set<string>();
    for (const item of items) {
      const key = keyOf(item);
      seen.add(key);
      const json = JSON.stringify(item);
      const before = this.items.get(key);
      if (before?.json === json) continue;
      if (before) this.index.discard(key);
      this.index.add({ key, kind: item.kind, title: item.title, keywords: item.keywords, text: item.text });
      this.items.set(key, { item, json, group });
    }
    for (const [key, stored] of this.items) {
      if (stored.group === group && !seen.has(key)) {
        this.index.discard(key);
        this.items.delete(key);
      }
    }
  }
}
