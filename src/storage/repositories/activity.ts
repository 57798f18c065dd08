import type { Kysely } from 'kysely';
import type { ActivityEntry, ActivityRepository } from '../../domain/insights/repository.js';
import type { Database } from '../schema.js';

export class SqlActivityRepository implements ActivityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: ActivityEntry): Promise<void> {
    await this.db
      .insertInto('activity')
      .values({ kind: entry.kind, entity_id: entry.entityId, user_id: entry.userId, at: entry.at })
      .onConflict((oc) => oc.columns(['kind', 'entity_id', 'user_id']).doNothing())
      .execute();
    // Cheap after the first time: the row no longer matches `is null`.
    await this.db.updateTable('users').set({ first_active_at: entry.at }).where('id', '=', entry.userId).where('first_active_at', 'is', null).execute();
  }
}
