import { audit } from '../audit/audit.js';
import { requireRole } from '../identity/authorize.js';
import type { Actor, ChangeContext } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError, ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { Repositories, Store } from '../store.js';
import type { TrainingModule, TrainingPath } from './types.js';
import { checkModuleInput, checkPathInput, TRAINING_LIMITS } from './validation.js';
import { render, say } from '../shared/error-text.js';

/** The audit entities of training content. */
export const moduleEntity = (id: string) => ({ type: 'training-module', id });
export const pathEntity = (id: string) => ({ type: 'training-path', id });

/** What an admin hears when the path or module they edit was changed by someone else since they opened it. */
const STALE = { path: say('errors.training.stalePath'), module: say('errors.training.staleModule'), moduleOrder: say('errors.training.staleModuleOrder'), pathOrder: say('errors.training.stalePathOrder') };
export const STALE_PATH = render(STALE.path);
export const STALE_MODULE = render(STALE.module);
export const STALE_MODULE_ORDER = render(STALE.moduleOrder);
export const STALE_PATH_ORDER = render(STALE.pathOrder);

/** A whole path as an admin or a content file describes it. */
export interface PathDraft extends Record<string, unknown> {
  modules?: Array<Record<string, unknown>>;
}

/**
 * What coe-admins do with training paths: create, edit, reorder, retire and restore. Retiring
 * (not deleting) keeps every maker's history and badges; every change is audited with before/after.
 *
 * Concurrent admins (optimistic concurrency, docs/training.md): an edit names the version of the
 * path or module it was based on and is refused with a ConflictError, changing nothing, when someone
 * saved in between; a reorder names the order it was based on, likewise. Retire and restore state
 * their outcome, so they need no basis: the same click twice is the same result.
 */
export class TrainingAdmin {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private async allow(actor: Actor, action: string, entity: { type: string; id: string }): Promise<void> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], action, entity);
  }

  private change<T>({ actor, correlationId }: ChangeContext, work: (tx: Repositories, at: string, record: (action: string, entity: { type: string; id: string }, before: unknown, after: unknown) => Promise<void>) => Promise<T>): Promise<T> {
    const at = this.clock.now().toISOString();
    return this.store.transaction((tx) => work(tx, at, (action, entity, before, after) => audit(tx.audit, { clock: this.clock, correlationId }, actor, action, entity, before, after)));
  }

  /** Every path, retired ones included, for the admin page. */
  async list(actor: Actor): Promise<TrainingPath[]> {
    await this.allow(actor, 'training.admin.list', pathEntity('*'));
    return this.store.repos.training.listPaths({ includeRetired: true });
  }

  /** One path as it is now, retired modules included: what an admin reloads after a refused edit. */
  async get(actor: Actor, id: string): Promise<TrainingPath> {
    await this.allow(actor, 'training.admin.list', pathEntity(id));
    return this.loadPath(this.store.repos, id);
  }

  /** Creates a path with its modules in the given order. */
  async createPath(change: ChangeContext, draft: PathDraft): Promise<TrainingPath> {
    await this.allow(change.actor, 'training.path.create', pathEntity('new'));
    const input = checkPathInput(draft);
    const modules = (draft.modules ?? []).map((m, i) => checkModuleInput(m, `modules.${i}.`));
    if (modules.length > TRAINING_LIMITS.modules) throw new ValidationError(say('errors.training.tooManyModules', { max: TRAINING_LIMITS.modules }), { modules: say('errors.training.tooManyModulesField') });
    return this.change(change, async (tx, at, record) => {
      if (await tx.training.findPathBySlug(input.slug)) throw new ConflictError(say('errors.training.pathExists', { slug: input.slug }));
      const id = newId();
      await tx.training.insertPath({ ...input, id, at });
      for (const [i, m] of modules.entries()) await tx.training.insertModule({ ...m, id: newId(), pathId: id, position: i + 1, at });
      await record('training.path.create', pathEntity(id), null, { ...input, modules: modules.length });
      return (await tx.training.findPath(id, { includeRetired: true }))!;
    });
  }

  /** Edits a path's own fields; `version` is the one the edit was based on (a stale one is refused). */
  async updatePath(change: ChangeContext, id: string, draft: PathDraft, version: number): Promise<TrainingPath> {
    await this.allow(change.actor, 'training.path.update', pathEntity(id));
    return this.change(change, async (tx, at, record) => {
      const before = await this.loadPath(tx, id);
      if (before.version !== version) throw new ConflictError(STALE.path);
      const input = checkPathInput({ ...before, ...draft, slug: draft.slug ?? before.slug });
      const other = await tx.training.findPathBySlug(input.slug);
      if (other && other.id !== id) throw new ConflictError(say('errors.training.pathExists', { slug: input.slug }));
      // Checked again in the write itself: an edit that committed after our read leaves it matching nothing.
      if (!(await tx.training.updatePath(id, version, input, at))) throw new ConflictError(STALE.path);
      await record('training.path.update', pathEntity(id), { ...pickPath(before), version }, { ...input, version: version + 1 });
      return this.loadPath(tx, id);
    });
  }

  /** Retires (hides from makers, keeps history) or restores a path. */
  async setPathRetired(change: ChangeContext, id: string, retired: boolean): Promise<TrainingPath> {
    await this.allow(change.actor, retired ? 'training.path.retire' : 'training.path.restore', pathEntity(id));
    return this.change(change, async (tx, at, record) => {
      const before = await this.loadPath(tx, id);
      if ((before.retiredAt !== null) === retired) return before;
      await tx.training.setPathRetired(id, retired ? at : null, at);
      await record(retired ? 'training.path.retire' : 'training.path.restore', pathEntity(id), { retiredAt: before.retiredAt }, { retiredAt: retired ? at : null });
      return this.loadPath(tx, id);
    });
  }

  /** Puts the paths in the order `ids`; `basedOn` is the order the admin saw (a stale one is refused). */
  async reorderPaths(change: ChangeContext, ids: readonly string[], basedOn: readonly string[]): Promise<TrainingPath[]> {
    await this.allow(change.actor, 'training.path.reorder', pathEntity('*'));
    return this.change(change, async (tx, at, record) => {
      const before = (await tx.training.listPaths({ includeRetired: true })).map((p) => p.id);
      if (!sameOrder(before, basedOn)) throw new ConflictError(STALE.pathOrder);
      assertPermutation(before, ids, 'path');
      await tx.training.orderPaths(ids, at);
      await record('training.path.reorder', pathEntity('*'), { order: before }, { order: ids });
      return tx.training.listPaths({ includeRetired: true });
    });
  }

  async addModule(change: ChangeContext, pathId: string, draft: Record<string, unknown>): Promise<TrainingModule> {
    await this.allow(change.actor, 'training.module.create', pathEntity(pathId));
    const input = checkModuleInput(draft);
    return this.change(change, async (tx, at, record) => {
      const path = await this.loadPath(tx, pathId);
      if (path.modules.length >= TRAINING_LIMITS.modules) throw new ValidationError(say('errors.training.tooManyModules', { max: TRAINING_LIMITS.modules }), { modules: say('errors.training.tooManyModulesField') });
      const id = newId();
      await tx.training.insertModule({ ...input, id, pathId, position: path.modules.length + 1, at });
      await record('training.module.create', moduleEntity(id), null, { ...input, pathId });
      return (await tx.training.findModule(id))!;
    });
  }

  /** Edits a module's own fields; `version` is the one the edit was based on (a stale one is refused). */
  async updateModule(change: ChangeContext, id: string, draft: Record<string, unknown>, version: number): Promise<TrainingModule> {
    await this.allow(change.actor, 'training.module.update', moduleEntity(id));
    return this.change(change, async (tx, at, record) => {
      const before = await this.loadModule(tx, id);
      if (before.version !== version) throw new ConflictError(STALE.module);
      const input = checkModuleInput({ ...before, ...draft });
      if (!(await tx.training.updateModule(id, version, input, at))) throw new ConflictError(STALE.module);
      await record(
        'training.module.update',
        moduleEntity(id),
        { title: before.title, description: before.description, url: before.url, minutes: before.minutes, kind: before.kind, version },
        { ...input, version: version + 1 },
      );
      return (await tx.training.findModule(id))!;
    });
  }

  async setModuleRetired(change: ChangeContext, id: string, retired: boolean): Promise<TrainingModule> {
    await this.allow(change.actor, retired ? 'training.module.retire' : 'training.module.restore', moduleEntity(id));
    return this.change(change, async (tx, at, record) => {
      const before = await this.loadModule(tx, id);
      if ((before.retiredAt !== null) === retired) return before;
      await tx.training.setModuleRetired(id, retired ? at : null, at);
      await record(retired ? 'training.module.retire' : 'training.module.restore', moduleEntity(id), { retiredAt: before.retiredAt }, { retiredAt: retired ? at : null });
      return (await tx.training.findModule(id))!;
    });
  }

  /**
   * Puts a path's modules in the order `ids`, which names each of them once; `basedOn` is the order
   * the admin saw (retired modules included). When another admin moved or added one since, the move is refused.
   */
  async reorderModules(change: ChangeContext, pathId: string, ids: readonly string[], basedOn: readonly string[]): Promise<TrainingPath> {
    await this.allow(change.actor, 'training.module.reorder', pathEntity(pathId));
    return this.change(change, async (tx, at, record) => {
      const path = await this.loadPath(tx, pathId);
      const before = path.modules.map((m) => m.id);
      if (!sameOrder(before, basedOn)) throw new ConflictError(STALE.moduleOrder);
      assertPermutation(before, ids, 'module');
      await tx.training.orderModules(pathId, ids, at);
      await record('training.module.reorder', pathEntity(pathId), { order: before }, { order: ids });
      return this.loadPath(tx, pathId);
    });
  }

  private async loadPath(tx: Repositories, id: string): Promise<TrainingPath> {
    const path = await tx.training.findPath(id, { includeRetired: true });
    if (!path) throw new NotFoundError(say('errors.training.pathGone'));
    return path;
  }

  private async loadModule(tx: Repositories, id: string): Promise<TrainingModule> {
    const module = await tx.training.findModule(id);
    if (!module) throw new NotFoundError(say('errors.training.moduleGone'));
    return module;
  }
}

function pickPath(p: TrainingPath) {
  return { slug: p.slug, title: p.title, summary: p.summary, audience: p.audience, level: p.level };
}

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The new order must name every item exactly once (its basis was current, so anything else is a malformed request). */
function assertPermutation(current: readonly string[], proposed: readonly string[], what: 'path' | 'module'): void {
  const same = current.length === proposed.length && new Set(proposed).size === proposed.length && proposed.every((id) => current.includes(id));
  if (!same) throw new ValidationError(say(`errors.training.order.${what}`), { ids: say(`errors.training.orderField.${what}`) });
}
