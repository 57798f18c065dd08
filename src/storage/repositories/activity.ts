import type { Kysely } from 'kysely';
import type { ActivityEntry, ActivityRepository } from '../../domain/insights/repository.js';
import type { Database } from '../schema.js';

export class SqlActivityRepository implements ActivityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(...entries: ActivityEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db
      .insertInto('activity')
      .values(entries.map((e) => ({ kind: e.kind, entity_id: e.entityId, user_id: e.userId, at: e.at })))
      .onConflict((oc) => oc.columns(['kind', 'entity_id', 'user_id']).doNothing())
      .execute();
    // Each person's earliest moment in this group; cheap after the first time (the row no longer matches `is null`).
    const first = new Map<string, string>();
    for (const e of entries) if (!first.has(e.userId) || e.at < first.get(e.userId)!) first.set(e.userId, e.at);
    for (const [userId, at] of first) {
      await this.db.updateTable('users').set({ first_active_at: at }).where('id', '=', userId).where('first_active_at', 'is', null).execute();
    }
  }
}
