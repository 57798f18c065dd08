import { audit } from '../audit/audit.js';
import type { Principal, UserChange } from '../identity/types.js';
import type { Clock } from '../shared/clock.js';
import { ConflictError, NotFoundError } from '../shared/errors.js';
import type { Repositories, Store } from '../store.js';
import { moduleEntity, pathEntity, TrainingAdmin } from './training-admin.js';
import { pathProgress, recommendPath, type Recommendation } from './progress.js';
import { TrainingStarts } from './starts.js';
import type { PathProgress, TrainingModule, TrainingPath } from './types.js';
import { say } from '../shared/error-text.js';

export interface PathWithProgress {
  path: TrainingPath;
  progress: PathProgress;
}

export interface TrainingOverview {
  paths: PathWithProgress[];
  recommendation: Recommendation | null;
}

export interface DoneOutcome extends PathWithProgress {
  module: TrainingModule;
  /** False when the module already was in that state (a double click). */
  changed: boolean;
  /** True when this click finished the path: the badge was just earned. */
  completedNow: boolean;
}

/** Training paths for makers (progress, resume, badges) and, through `admin`, for the CoE to edit. */
export class TrainingService {
  readonly admin: TrainingAdmin;
  /** Modules opened count as started. */
  readonly starts: TrainingStarts;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    this.admin = new TrainingAdmin(store, clock);
    this.starts = new TrainingStarts(store, clock);
  }

  /** Every active path with the person's progress, and the one recommended to them. */
  async overview(principal: Principal): Promise<TrainingOverview> {
    const paths = await this.progressOn(this.store.repos, principal.user.id, await this.store.repos.training.listPaths({ includeRetired: false }));
    const byId = new Map(paths.map((p) => [p.path.id, p.progress]));
    return { paths, recommendation: recommendPath(paths.map((p) => p.path), byId, principal.roles) };
  }

  async path(principal: Principal, id: string): Promise<PathWithProgress> {
    const path = await this.store.repos.training.findPath(id, { includeRetired: false });
    if (!path || path.retiredAt) throw new NotFoundError(say('errors.training.pathRetired'));
    const [withProgress] = await this.progressOn(this.store.repos, principal.user.id, [path]);
    return withProgress!;
  }

  /**
   * Marks a module done or not done. Finishing the last module earns the path's badge (recorded
   * once, audited); undoing a module of a finished path takes the badge back until it is redone.
   */
  async setDone(change: UserChange, moduleId: string, done: boolean): Promise<DoneOutcome> {
    const at = this.clock.now().toISOString();
    const { actor, correlationId } = change;
    const userId = actor.principal.user.id;
    return this.store.transaction(async (tx) => {
      const module = await tx.training.findModule(moduleId);
      if (!module) throw new NotFoundError(say('errors.training.moduleGone'));
      const path = await tx.training.findPath(module.pathId, { includeRetired: false });
      if (!path || path.retiredAt || module.retiredAt) throw new ConflictError(say('errors.training.moduleRetired'));
      const changed = done ? await tx.training.markDone(userId, moduleId, at) : await tx.training.markUndone(userId, moduleId);
      const ctx = { clock: this.clock, correlationId };
      if (changed && done) await tx.activity.record({ kind: 'module-completed', entityId: moduleId, userId, at });
      if (changed) await audit(tx.audit, ctx, actor, done ? 'training.module.done' : 'training.module.undone', moduleEntity(moduleId), { done: !done }, { done, pathId: path.id });
      const [result] = await this.progressOn(tx, userId, [path]);
      let progress = result!.progress;
      let completedNow = false;
      if (progress.percent === 100 && !progress.completedAt) {
        await tx.training.recordCompletion(userId, path.id, at);
        await audit(tx.audit, ctx, actor, 'training.path.complete', pathEntity(path.id), null, { userId, completedAt: at });
        progress = { ...progress, completedAt: at };
        completedNow = true;
      } else if (!done && changed && progress.completedAt && progress.percent < 100) {
        await tx.training.clearCompletion(userId, path.id);
        await audit(tx.audit, ctx, actor, 'training.path.reopen', pathEntity(path.id), { completedAt: progress.completedAt }, { userId, completedAt: null });
        progress = { ...progress, completedAt: null };
      }
      return { path, progress, module, changed, completedNow };
    });
  }

  private async progressOn(repos: Repositories, userId: string, paths: TrainingPath[]): Promise<PathWithProgress[]> {
    const [records, completions] = await Promise.all([repos.training.progressOf(userId), repos.training.completionsOf(userId)]);
    const completedAt = new Map(completions.map((c) => [c.pathId, c.completedAt]));
    return paths.map((path) => ({ path, progress: pathProgress(path, records, completedAt.get(path.id) ?? null) }));
  }
}
