import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { Actor, ChangeContext } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import { buildAnswer, excerpt } from './answer.js';
import { entryPath } from './passages.js';
import { planIngest, scanFolder, type IngestOptions, type IngestReport } from './ingest.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { rerankWithModel, type ModelRerankOptions, type SourceRanker } from './model-rerank.js';
import { retrieve } from './retriever.js';
import type { FaqEntry, KbAnswer, KbDocument, SourceKind } from './types.js';

export interface KnowledgeSettings {
  /** Confidence needed to answer instead of "I'm not sure". */
  threshold: number;
}

/** One search result for the message extension and the tab. */
export interface SearchResult {
  passageId: string;
  kind: SourceKind;
  path: string;
  title: string;
  heading: string | null;
  /** The start of the passage (Teams card Markdown). */
  snippet: string;
  url: string | null;
  score: number;
}

const kbEntity = { type: 'knowledge-base', id: 'kb' };

/**
 * The knowledge base's use cases: answering, searching, ingesting a folder and listing what is in
 * it. FAQ editing lives in FaqService; both keep the in-memory index equal to the database.
 */
export class KnowledgeService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    readonly kb: KnowledgeBase,
    private readonly settings: KnowledgeSettings,
  ) {}

  get threshold(): number {
    return this.settings.threshold;
  }

  /**
   * The retrieval answer to a question (nothing recorded: see AskService for the bot's flow); with
   * a ranker, a language model may re-order the first ten sources within its time budget.
   */
  async ask(question: string, model?: { ranker: SourceRanker } & ModelRerankOptions): Promise<KbAnswer> {
    await this.kb.refreshIfStale();
    let retrieval = retrieve(this.kb.index, question);
    if (model) retrieval = await rerankWithModel(this.kb.index, question, retrieval, model.ranker, model);
    return { ...buildAnswer(question, retrieval, { threshold: this.settings.threshold }), ...(retrieval.rankedBy === 'ai' ? { rankedBy: 'ai' as const } : {}) };
  }

  /** Search-as-you-type: the last word may be unfinished; results are passages with snippets. */
  async search(query: string, limit = 10): Promise<{ results: SearchResult[]; confidence: number }> {
    await this.kb.refreshIfStale();
    const retrieval = retrieve(this.kb.index, query, { prefixLast: true, limit });
    const top = retrieval.hits[0]?.score || 1;
    const results = retrieval.hits.map((h) => ({
      passageId: h.best.passage.id,
      kind: h.best.passage.kind,
      path: h.best.passage.path,
      title: h.best.passage.title,
      heading: h.best.passage.heading,
      snippet: excerpt(h.best.passage, retrieval.terms, 400),
      url: h.best.passage.url,
      score: Math.round((retrieval.confidence * h.score * 1000) / top) / 1000,
    }));
    return { results, confidence: retrieval.confidence };
  }

  /**
   * Ingests a folder of Markdown files: adds new ones, re-reads changed ones (by content hash) and
   * removes the ones no longer there. One transaction: a failed ingest changes nothing.
   */
  async ingest({ actor, correlationId }: ChangeContext, folder: string, options: IngestOptions = {}): Promise<IngestReport> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'kb.ingest', kbEntity);
    const scan = await scanFolder(folder);
    const at = this.clock.now().toISOString();
    const outcome = await this.store.transaction(async (tx) => {
      const plan = await planIngest(tx.kbDocuments, scan, options, at);
      for (const [index, change] of plan.changes.entries()) {
        await tx.kbDocuments.save(change.document, change.sections);
        options.onProgress?.('writing', index + 1, plan.changes.length);
      }
      for (const document of plan.removed) await tx.kbDocuments.delete(document.id);
      const changed = plan.changes.length + plan.removed.length;
      const revision = changed ? await tx.kbDocuments.bumpRevision(at) : null;
      const report: IngestReport = {
        root: scan.root,
        added: plan.changes.filter((c) => c.kind === 'added').map((c) => c.document.path),
        updated: plan.changes.filter((c) => c.kind === 'updated').map((c) => c.document.path),
        removed: plan.removed.map((d) => d.path),
        unchanged: plan.unchanged,
        sections: plan.changes.reduce((n, c) => n + c.sections.length, 0),
        warnings: [...scan.warnings, ...plan.warnings],
      };
      if (changed) await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'kb.ingest', { type: 'kb-folder', id: scan.root }, null, { added: report.added.length, updated: report.updated.length, removed: report.removed.length, sections: report.sections });
      return { plan, report, revision };
    });
    // The index follows only once the transaction has committed.
    for (const change of outcome.plan.changes) this.kb.putDocument(change.document, change.sections);
    for (const document of outcome.plan.removed) this.kb.removeDocument(document.id);
    if (outcome.revision !== null) this.kb.committed(outcome.revision);
    return outcome.report;
  }

  /** Everything in the knowledge base, for `kb list` and the admin page. */
  async contents(): Promise<{ entries: Array<FaqEntry & { path: string }>; documents: KbDocument[] }> {
    const [entries, documents] = await Promise.all([this.store.repos.kbEntries.list(), this.store.repos.kbDocuments.list()]);
    return { entries: entries.map((e) => ({ ...e, path: entryPath(e) })), documents };
  }

  /** Unanswered and 👎 questions since a date, most frequent first. */
  async gaps(actor: Actor, since: string, limit = 50) {
    await requireRole(this.store, this.clock, actor, ['coe-admin', 'expert'], 'kb.gaps', kbEntity);
    return this.store.repos.askQuestions.gaps(since, limit);
  }
}
