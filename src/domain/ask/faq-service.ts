import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { Actor, ChangeContext } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { Repositories, Store } from '../store.js';
import { checkFaqInput, slugify } from './faq-input.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { EntryOrigin, FaqEntry, FaqInput } from './types.js';
import { say } from '../shared/error-text.js';

const entryEntity = (id: string) => ({ type: 'kb-entry', id });

/** Curated FAQ entries: seeded from content files, edited by coe-admins, each change audited and indexed. */
export class FaqService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly kb: KnowledgeBase,
  ) {}

  async list(): Promise<FaqEntry[]> {
    return this.store.repos.kbEntries.list();
  }

  async find(id: string): Promise<FaqEntry> {
    const entry = await this.store.repos.kbEntries.find(id);
    if (!entry || entry.deletedAt) throw new NotFoundError(say('errors.ask.entryGone'));
    return entry;
  }

  /**
   * Adds starter entries that are not there yet. An entry an admin deleted or edited stays as the
   * admin left it: seeding runs on every start and must never undo their work.
   */
  async seed(inputs: readonly FaqInput[]): Promise<number> {
    const actor: Actor = { kind: 'system', name: 'seed' };
    let added = 0;
    for (const input of inputs) {
      const checked = checkFaqInput(input);
      if (!checked.id) throw new Error(`starter FAQ entry "${checked.question}" has no id`);
      if (await this.store.repos.kbEntries.find(checked.id)) continue;
      await this.insert({ actor }, { ...checked, id: checked.id }, 'seed', 'faq');
      added += 1;
    }
    if (added) await audit(this.store.repos.audit, { clock: this.clock }, actor, 'kb.seed', { type: 'knowledge-base', id: 'kb' }, null, { added });
    return added;
  }

  async create(change: ChangeContext, input: FaqInput, origin: EntryOrigin = 'admin'): Promise<FaqEntry> {
    await requireRole(this.store, this.clock, change.actor, ['coe-admin'], 'kb.entry.create', entryEntity(input.id ?? 'new'));
    const checked = checkFaqInput(input);
    const id = checked.id ?? (await this.freeId(slugify(checked.question)));
    if (checked.id && (await this.store.repos.kbEntries.find(id))) throw new ConflictError(say('errors.ask.idExists', { id }));
    return this.insert(change, { ...checked, id }, origin, 'faq');
  }

  /** Updates an entry if it is still at `version` (two admins editing at once: the second is told). */
  async update({ actor, correlationId }: ChangeContext, id: string, input: FaqInput, version: number): Promise<FaqEntry> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'kb.entry.update', entryEntity(id));
    const checked = checkFaqInput({ ...input, id: undefined });
    const at = this.clock.now().toISOString();
    const { entry, revision } = await this.store.transaction(async (tx) => {
      const before = await tx.kbEntries.find(id);
      if (!before || before.deletedAt) throw new NotFoundError(say('errors.ask.entryGone'));
      const next: FaqEntry = { ...before, ...checked, id, version: before.version + 1, updatedAt: at };
      if (!(await tx.kbEntries.update(next, version))) throw new ConflictError(say('errors.ask.entryChanged'));
      await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'kb.entry.update', entryEntity(id), pick(before), pick(next));
      return { entry: next, revision: await tx.kbDocuments.bumpRevision(at) };
    });
    this.kb.putEntry(entry);
    this.kb.committed(revision);
    return entry;
  }

  async remove({ actor, correlationId }: ChangeContext, id: string): Promise<void> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'kb.entry.delete', entryEntity(id));
    const at = this.clock.now().toISOString();
    const { entry, revision } = await this.store.transaction(async (tx) => {
      const before = await tx.kbEntries.find(id);
      if (!before || before.deletedAt || !(await tx.kbEntries.markDeleted(id, at))) throw new NotFoundError(say('errors.ask.entryGone'));
      await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'kb.entry.delete', entryEntity(id), pick(before), null);
      return { entry: before, revision: await tx.kbDocuments.bumpRevision(at) };
    });
    this.kb.removeEntry(entry);
    this.kb.committed(revision);
  }

  /**
   * Stores an expert's answer as a knowledge-base entry inside the caller's transaction (the
   * ticket's "Add to knowledge base"). The caller indexes it with `indexed()` after the commit.
   */
  async addExpertAnswer(tx: Repositories, { actor, correlationId }: ChangeContext, input: { id: string; question: string; answer: string; alternates?: string[]; tags?: string[]; ticketId: string; owner: string | null }): Promise<FaqEntry> {
    const checked = checkFaqInput({ question: input.question, answer: input.answer, alternates: input.alternates, owner: input.owner, tags: ['expert-answer', ...(input.tags ?? [])] });
    const at = this.clock.now().toISOString();
    const entry: FaqEntry = { ...checked, id: input.id, kind: 'expert', ticketId: input.ticketId, origin: 'ticket', version: 1, createdAt: at, updatedAt: at };
    if (!(await tx.kbEntries.insert(entry, actor.kind === 'user' ? actor.principal.user.id : null))) throw new ConflictError(say('errors.ask.answerInKb'));
    await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'kb.entry.create', entryEntity(entry.id), null, pick(entry));
    return entry;
  }

  /** Puts an entry committed elsewhere into the index. */
  indexed(entry: FaqEntry, revision: number): void {
    this.kb.putEntry(entry);
    this.kb.committed(revision);
  }

  private async insert({ actor, correlationId }: ChangeContext, checked: ReturnType<typeof checkFaqInput> & { id: string }, origin: EntryOrigin, kind: FaqEntry['kind']): Promise<FaqEntry> {
    const at = this.clock.now().toISOString();
    const entry: FaqEntry = { ...checked, kind, ticketId: null, origin, version: 1, createdAt: at, updatedAt: at };
    const revision = await this.store.transaction(async (tx) => {
      if (!(await tx.kbEntries.insert(entry, actor.kind === 'user' ? actor.principal.user.id : null))) throw new ConflictError(say('errors.ask.idExists', { id: entry.id }));
      // Seeding is one record per run (see seed), not one per starter entry.
      if (origin !== 'seed') await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'kb.entry.create', entryEntity(entry.id), null, pick(entry));
      return tx.kbDocuments.bumpRevision(at);
    });
    this.kb.putEntry(entry);
    this.kb.committed(revision);
    return entry;
  }

  private async freeId(base: string): Promise<string> {
    for (let n = 1; n < 100; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (!(await this.store.repos.kbEntries.find(id))) return id;
    }
    throw new ConflictError(say('errors.ask.noFreeId'));
  }
}

/** What the audit keeps of an entry (the whole answer can be long; its length is enough to see it changed). */
function pick(e: FaqEntry) {
  return { question: e.question, alternates: e.alternates, tags: e.tags, owner: e.owner, link: e.link, answerLength: e.answer.length, version: e.version };
}
