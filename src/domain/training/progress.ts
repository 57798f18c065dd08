import type { Role } from '../identity/types.js';
import type { PathAudience, PathProgress, ProgressRecord, TrainingPath } from './types.js';

/**
 * Where a person stands on a path, counting only its active modules: a retired module neither
 * helps nor blocks, so retiring one never takes a finished maker's badge away.
 */
export function pathProgress(path: TrainingPath, records: readonly ProgressRecord[], completedAt: string | null): PathProgress {
  const active = path.modules.filter((m) => m.retiredAt === null);
  const doneAt = new Map(records.map((r) => [r.moduleId, r.completedAt]));
  const done = active.filter((m) => doneAt.has(m.id));
  const last = path.modules.map((m) => doneAt.get(m.id)).filter((t): t is string => !!t).sort().pop() ?? null;
  return {
    pathId: path.id,
    done: done.length,
    total: active.length,
    percent: active.length ? Math.floor((done.length * 100) / active.length) : 0,
    nextModuleId: active.find((m) => !doneAt.has(m.id))?.id ?? null,
    doneModuleIds: done.map((m) => m.id),
    completedAt,
    lastActivityAt: last,
  };
}

export interface Recommendation {
  pathId: string;
  /** Why this one: resume what was started, or the path for the person's role and experience. */
  reason: 'continue' | 'role';
  /** One line for the Home card. */
  because: string;
}

/** Which audience fits a person: admins learn governance; champions, experts and finishers go deeper. */
export function audienceFor(roles: readonly Role[], completedPaths: number): PathAudience {
  if (roles.includes('coe-admin')) return 'admin';
  if (roles.includes('champion') || roles.includes('expert') || completedPaths > 0) return 'experienced-maker';
  return 'new-maker';
}

/**
 * The path to show on Home: the one the person is in the middle of (most recent first), else the
 * first unfinished path for their audience, else any unfinished path; null when all are done.
 */
export function recommendPath(paths: readonly TrainingPath[], progress: ReadonlyMap<string, PathProgress>, roles: readonly Role[]): Recommendation | null {
  const active = paths.filter((p) => p.retiredAt === null && p.modules.some((m) => m.retiredAt === null));
  const unfinished = active.filter((p) => (progress.get(p.id)?.percent ?? 0) < 100);
  const started = unfinished
    .filter((p) => (progress.get(p.id)?.done ?? 0) > 0)
    .sort((a, b) => (progress.get(b.id)?.lastActivityAt ?? '').localeCompare(progress.get(a.id)?.lastActivityAt ?? ''));
  const resume = started[0];
  if (resume) return { pathId: resume.id, reason: 'continue', because: 'Pick up where you left off.' };
  const completed = active.filter((p) => progress.get(p.id)?.completedAt).length;
  const audience = audienceFor(roles, completed);
  const forRole = unfinished.find((p) => p.audience === audience);
  if (forRole) return { pathId: forRole.id, reason: 'role', because: BECAUSE[audience] };
  const any = unfinished[0];
  return any ? { pathId: any.id, reason: 'role', because: 'Your next step.' } : null;
}

const BECAUSE: Record<PathAudience, string> = {
  'new-maker': 'Recommended for new makers.',
  'experienced-maker': 'Recommended for experienced makers.',
  'pro-developer': 'Recommended for pro developers.',
  admin: 'Recommended for CoE admins.',
};
