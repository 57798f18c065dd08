import type { Kysely, Selectable } from 'kysely';
import type { TrainingRepository } from '../../../domain/training/repository.js';
import type { ModuleInput, ModuleKind, PathAudience, PathInput, PathLevel, ProgressRecord, TrainingModule, TrainingPath } from '../../../domain/training/types.js';
import type { Database } from '../../schema.js';
import type { TrainingModulesTable, TrainingPathsTable } from '../../schema-training-events.js';

function toModule(r: Selectable<TrainingModulesTable>): TrainingModule {
  return {
    id: r.id,
    pathId: r.path_id,
    position: Number(r.position),
    title: r.title,
    description: r.description,
    url: r.url,
    minutes: Number(r.minutes),
    kind: r.kind as ModuleKind,
    retiredAt: r.retired_at,
    version: Number(r.version),
  };
}

function toPath(r: Selectable<TrainingPathsTable>, modules: TrainingModule[]): TrainingPath {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    audience: r.audience as PathAudience,
    level: r.level as PathLevel,
    position: Number(r.position),
    retiredAt: r.retired_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
    modules,
  };
}

function pathColumns(c: Partial<PathInput>) {
  return { slug: c.slug, title: c.title, summary: c.summary, audience: c.audience, level: c.level };
}

function moduleColumns(c: Partial<ModuleInput>) {
  return { title: c.title, description: c.description, url: c.url, minutes: c.minutes, kind: c.kind };
}

export class SqlTrainingRepository implements TrainingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async listPaths(options: { includeRetired: boolean }): Promise<TrainingPath[]> {
    let q = this.db.selectFrom('training_paths').selectAll();
    if (!options.includeRetired) q = q.where('retired_at', 'is', null);
    const rows = await q.orderBy('position').orderBy('title').execute();
    if (!rows.length) return [];
    let mq = this.db.selectFrom('training_modules').selectAll().where('path_id', 'in', rows.map((r) => r.id));
    if (!options.includeRetired) mq = mq.where('retired_at', 'is', null);
    const modules = (await mq.orderBy('position').orderBy('id').execute()).map(toModule);
    return rows.map((r) => toPath(r, modules.filter((m) => m.pathId === r.id)));
  }

  async findPath(id: string, options: { includeRetired: boolean }): Promise<TrainingPath | undefined> {
    const row = await this.db.selectFrom('training_paths').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    let mq = this.db.selectFrom('training_modules').selectAll().where('path_id', '=', id);
    if (!options.includeRetired) mq = mq.where('retired_at', 'is', null);
    return toPath(row, (await mq.orderBy('position').orderBy('id').execute()).map(toModule));
  }

  async findPathBySlug(slug: string): Promise<TrainingPath | undefined> {
    const row = await this.db.selectFrom('training_paths').select('id').where('slug', '=', slug).executeTakeFirst();
    return row ? this.findPath(row.id, { includeRetired: true }) : undefined;
  }

  async findModule(id: string): Promise<TrainingModule | undefined> {
    const row = await this.db.selectFrom('training_modules').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toModule(row);
  }

  async insertPath(p: PathInput & { id: string; at: string }): Promise<void> {
    const last = await this.db.selectFrom('training_paths').select((eb) => eb.fn.max('position').as('n')).executeTakeFirst();
    await this.db
      .insertInto('training_paths')
      .values({ id: p.id, slug: p.slug, title: p.title, summary: p.summary, audience: p.audience, level: p.level, position: Number(last?.n ?? 0) + 1, retired_at: null, created_at: p.at, updated_at: p.at, version: 1 })
      .execute();
  }

  async updatePath(id: string, version: number, changes: Partial<PathInput>, at: string): Promise<boolean> {
    // The version in the where clause makes the check and the write one statement: on PostgreSQL a
    // concurrent edit that committed first leaves this one matching no row, instead of overwriting it.
    const result = await this.db
      .updateTable('training_paths')
      .set((eb) => ({ ...pathColumns(changes), updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setPathRetired(id: string, retiredAt: string | null, at: string): Promise<void> {
    await this.db.updateTable('training_paths').set({ retired_at: retiredAt, updated_at: at }).where('id', '=', id).execute();
  }

  async orderPaths(ids: readonly string[], at: string): Promise<void> {
    for (const [i, id] of ids.entries()) await this.db.updateTable('training_paths').set({ position: i + 1, updated_at: at }).where('id', '=', id).execute();
  }

  async insertModule(m: ModuleInput & { id: string; pathId: string; position: number; at: string }): Promise<void> {
    await this.db
      .insertInto('training_modules')
      .values({ id: m.id, path_id: m.pathId, position: m.position, title: m.title, description: m.description, url: m.url, minutes: m.minutes, kind: m.kind, retired_at: null, created_at: m.at, updated_at: m.at, version: 1 })
      .execute();
  }

  async updateModule(id: string, version: number, changes: Partial<ModuleInput>, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('training_modules')
      .set((eb) => ({ ...moduleColumns(changes), updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setModuleRetired(id: string, retiredAt: string | null, at: string): Promise<void> {
    await this.db.updateTable('training_modules').set({ retired_at: retiredAt, updated_at: at }).where('id', '=', id).execute();
  }

  async orderModules(pathId: string, ids: readonly string[], at: string): Promise<void> {
    for (const [i, id] of ids.entries())
      await this.db.updateTable('training_modules').set({ position: i + 1, updated_at: at }).where('id', '=', id).where('path_id', '=', pathId).execute();
  }

  async countPaths(): Promise<number> {
    const row = await this.db.selectFrom('training_paths').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async progressOf(userId: string): Promise<ProgressRecord[]> {
    const rows = await this.db.selectFrom('training_progress').selectAll().where('user_id', '=', userId).execute();
    return rows.map((r) => ({ userId: r.user_id, moduleId: r.module_id, completedAt: r.completed_at }));
  }

  async markDone(userId: string, moduleId: string, at: string): Promise<boolean> {
    const result = await this.db
      .insertInto('training_progress')
      .values({ user_id: userId, module_id: moduleId, completed_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'module_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async markUndone(userId: string, moduleId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('training_progress').where('user_id', '=', userId).where('module_id', '=', moduleId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async completionsOf(userId: string): Promise<Array<{ pathId: string; completedAt: string }>> {
    const rows = await this.db.selectFrom('training_completions').select(['path_id', 'completed_at']).where('user_id', '=', userId).execute();
    return rows.map((r) => ({ pathId: r.path_id, completedAt: r.completed_at }));
  }

  async recordCompletion(userId: string, pathId: string, at: string): Promise<boolean> {
    const result = await this.db
      .insertInto('training_completions')
      .values({ user_id: userId, path_id: pathId, completed_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'path_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async clearCompletion(userId: string, pathId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('training_completions').where('user_id', '=', userId).where('path_id', '=', pathId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
