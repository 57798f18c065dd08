import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import type { CommunityKnowledge } from './community-passages.js';
import { documentGroupKey, documentPassages, entryPassage, entryPassageId } from './passages.js';
import { KnowledgeIndex } from './search-index.js';
import type { FaqEntry, KbDocument, KbSection } from './types.js';

export interface KnowledgeBaseOptions {
  /**
   * How often (ms) to ask the database whether another instance changed the knowledge base. The
   * check is one indexed row read, done at most this often and only when a question comes in.
   */
  revisionCheckMs: number;
  /** Training, events and stories as answerable passages (kept current by their own fingerprint). */
  community?: CommunityKnowledge;
}

/**
 * The search index in memory, kept equal to the database: built from it at start, updated by this
 * instance's own changes as they commit, and rebuilt when the stored revision shows that another
 * instance (or the CLI) changed something.
 */
export class KnowledgeBase {
  private current = new KnowledgeIndex();
  private revision = -1;
  private checkedAt = 0;
  private reloading: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: KnowledgeBaseOptions,
  ) {}

  get index(): KnowledgeIndex {
    return this.current;
  }

  /** Builds the index from the database (replacing the current one only when complete). */
  async load(): Promise<void> {
    const revision = await this.store.repos.kbDocuments.revision();
    const [entries, documents] = await Promise.all([this.store.repos.kbEntries.list(), this.store.repos.kbDocuments.loadAll()]);
    const next = new KnowledgeIndex();
    next.add(entries.map(entryPassage));
    for (const { document, sections } of documents) next.add(documentPassages(document, sections));
    await this.options.community?.sync(next, true);
    this.current = next;
    this.revision = revision;
    this.checkedAt = this.clock.now().getTime();
  }

  /**
   * Reloads when the stored revision moved. Callers do not wait for a rebuild already under way:
   * they answer from the index they have, which is at most one change behind.
   */
  async refreshIfStale(): Promise<void> {
    const now = this.clock.now().getTime();
    if (this.revision >= 0 && now - this.checkedAt < this.options.revisionCheckMs) return;
    this.checkedAt = now;
    if (this.reloading) return;
    const stored = await this.store.repos.kbDocuments.revision();
    if (stored === this.revision) return this.options.community?.sync(this.current);
    this.reloading = this.load().finally(() => (this.reloading = undefined));
    if (this.revision < 0) await this.reloading;
  }

  /** Resolves when a reload under way has finished (tests and the CLI wait for it). */
  async settled(): Promise<void> {
    await this.reloading;
  }

  /** Records that this instance's own change (already applied to the index) produced `revision`. */
  committed(revision: number): void {
    // Only step forward one at a time: a gap means someone else changed things too, so let the next check reload.
    if (revision === this.revision + 1) this.revision = revision;
  }

  putEntry(entry: FaqEntry): void {
    this.current.replaceGroup(entryPassageId(entry), [entryPassage(entry)]);
  }

  removeEntry(entry: Pick<FaqEntry, 'id' | 'kind'>): void {
    this.current.removeGroup(entryPassageId(entry));
  }

  putDocument(document: KbDocument, sections: readonly KbSection[]): void {
    this.current.replaceGroup(documentGroupKey(document.id), documentPassages(document, sections));
  }

  removeDocument(documentId: string): void {
    this.current.removeGroup(documentGroupKey(documentId));
  }
}
