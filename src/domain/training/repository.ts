import type { ModuleInput, PathInput, ProgressRecord, TrainingModule, TrainingPath } from './types.js';

export interface TrainingRepository {
  /** Paths in their order with their modules in order; retired ones only when asked. */
  listPaths(options: { includeRetired: boolean }): Promise<TrainingPath[]>;
  findPath(id: string, options: { includeRetired: boolean }): Promise<TrainingPath | undefined>;
  findPathBySlug(slug: string): Promise<TrainingPath | undefined>;
  findModule(id: string): Promise<TrainingModule | undefined>;
  insertPath(path: PathInput & { id: string; at: string }): Promise<void>;
  /** Applies the changes and bumps the version only if the path still has `version`; false when it has not. */
  updatePath(id: string, version: number, changes: Partial<PathInput>, at: string): Promise<boolean>;
  setPathRetired(id: string, retiredAt: string | null, at: string): Promise<void>;
  /** Sets the paths' positions to the order given (1-based). */
  orderPaths(ids: readonly string[], at: string): Promise<void>;
  insertModule(module: ModuleInput & { id: string; pathId: string; position: number; at: string }): Promise<void>;
  /** Applies the changes and bumps the version only if the module still has `version`; false when it has not. */
  updateModule(id: string, version: number, changes: Partial<ModuleInput>, at: string): Promise<boolean>;
  setModuleRetired(id: string, retiredAt: string | null, at: string): Promise<void>;
  /** Sets the modules' positions within their path to the order given (1-based). */
  orderModules(pathId: string, ids: readonly string[], at: string): Promise<void>;
  countPaths(): Promise<number>;

  progressOf(userId: string): Promise<ProgressRecord[]>;
  /** True when the row was added (false: it was already done). */
  markDone(userId: string, moduleId: string, at: string): Promise<boolean>;
  /** True when a row was removed. */
  markUndone(userId: string, moduleId: string): Promise<boolean>;
  completionsOf(userId: string): Promise<Array<{ pathId: string; completedAt: string }>>;
  recordCompletion(userId: string, pathId: string, at: string): Promise<boolean>;
  clearCompletion(userId: string, pathId: string): Promise<boolean>;
}
