import type { Kysely } from 'kysely';
import type { TrainingStartRepository } from '../../../domain/training/start-repository.js';
import type { Database } from '../../schema.js';

export class SqlTrainingStartRepository implements TrainingStartRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async linkToken(userId: string, moduleId: string, token: string, at: string): Promise<string> {
    await this.db.insertInto('training_starts').values({ user_id: userId, module_id: moduleId, token, started_at: null, created_at: at }).onConflict((oc) => oc.columns(['user_id', 'module_id']).doNothing()).execute();
    const row = await this.db.selectFrom('training_starts').select('token').where('user_id', '=', userId).where('module_id', '=', moduleId).executeTakeFirstOrThrow();
    return row.token;
  }

  async markStarted(userId: string, moduleId: string, token: string, at: string): Promise<void> {
    await this.db.insertInto('training_starts').values({ user_id: userId, module_id: moduleId, token, started_at: at, created_at: at }).onConflict((oc) => oc.columns(['user_id', 'module_id']).doNothing()).execute();
    await this.db.updateTable('training_starts').set({ started_at: at }).where('user_id', '=', userId).where('module_id', '=', moduleId).where('started_at', 'is', null).execute();
  }

  async findToken(token: string): Promise<{ userId: string; moduleId: string } | undefined> {
    const row = await this.db.selectFrom('training_starts').select(['user_id', 'module_id']).where('token', '=', token).executeTakeFirst();
    return row && { userId: row.user_id, moduleId: row.module_id };
  }

  async startedOf(userId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('training_starts').select('module_id').where('user_id', '=', userId).where('started_at', 'is not', null).execute();
    return rows.map((r) => r.module_id);
  }
}
