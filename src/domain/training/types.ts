/**
 * Training paths: curated, ordered learning modules by role and level, with each maker's progress.
 */

export const MODULE_KINDS = ['article', 'video', 'lab', 'session'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

export const MODULE_KIND_LABELS: Record<ModuleKind, string> = { article: 'Article', video: 'Video', lab: 'Hands-on lab', session: 'Internal session' };

/** Who a path is for: the recommendation on Home picks by this. */
export const PATH_AUDIENCES = ['new-maker', 'experienced-maker', 'pro-developer', 'admin'] as const;
export type PathAudience = (typeof PATH_AUDIENCES)[number];

export const PATH_AUDIENCE_LABELS: Record<PathAudience, string> = {
  'new-maker': 'New makers',
  'experienced-maker': 'Experienced makers',
  'pro-developer': 'Pro developers',
  admin: 'Admins',
};

export const PATH_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type PathLevel = (typeof PATH_LEVELS)[number];

export interface ModuleInput {
  title: string;
  description: string;
  url: string;
  minutes: number;
  kind: ModuleKind;
}

export interface TrainingModule extends ModuleInput {
  id: string;
  pathId: string;
  /** 1-based order within the path (retired modules keep theirs). */
  position: number;
  retiredAt: string | null;
  /** Counts edits of the module's own fields (ModuleInput): an edit names the version it was based on. */
  version: number;
}

export interface PathInput {
  /** Stable name used by content files ("new-maker"); unique. */
  slug: string;
  title: string;
  summary: string;
  audience: PathAudience;
  level: PathLevel;
}

export interface TrainingPath extends PathInput {
  id: string;
  position: number;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
  /**
   * Counts edits of the path's own fields (PathInput): an edit names the version it was based on.
   * Retiring, restoring and ordering do not change it (they state their outcome or their basis).
   */
  version: number;
  /** Ordered; includes retired modules only where the caller asked for them. */
  modules: TrainingModule[];
}

/** A person's standing on one path, computed from the active modules. */
export interface PathProgress {
  pathId: string;
  done: number;
  total: number;
  /** 0–100, rounded down so 100 means every module is done. */
  percent: number;
  /** The first active module not done yet, in path order: where to resume. */
  nextModuleId: string | null;
  /** Module ids the person marked done (active ones). */
  doneModuleIds: string[];
  /** When they completed the path (the badge); null while unfinished. */
  completedAt: string | null;
  /** Last time they marked something on this path. */
  lastActivityAt: string | null;
}

export interface ProgressRecord {
  userId: string;
  moduleId: string;
  completedAt: string;
}
