import type { Kysely, Selectable } from 'kysely';
import type { UserRepository } from '../../../domain/identity/repository.js';
import type { ProfileInput, User, UserRef } from '../../../domain/identity/types.js';
import { newId } from '../../../domain/shared/ids.js';
import type { Database, UsersTable } from '../../schema.js';

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    aadObjectId: row.aad_object_id,
    displayName: row.display_name,
    email: row.email,
    department: row.department,
    timeZone: row.time_zone,
    locale: row.locale,
    notificationsOptOut: row.notifications_opt_out === 1,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
  };
}

export class SqlUserRepository implements UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByRef(ref: UserRef): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('tenant_id', '=', ref.tenantId).where('aad_object_id', '=', ref.aadObjectId).executeTakeFirst();
    return row && toUser(row);
  }

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async upsertProfile(p: ProfileInput, at: string): Promise<User> {
    // A display name equal to the object id is a placeholder (role granted before first visit): never overwrite a real name with it.
    // No name, or the object id standing in for one (a role granted before the first visit), never
    // overwrites a real name; a brand-new person without a name is "Maker" until they write.
    const hasRealName = p.displayName !== '' && p.displayName !== p.aadObjectId;
    await this.db
      .insertInto('users')
      .values({
        id: newId(),
        tenant_id: p.tenantId,
        aad_object_id: p.aadObjectId,
        display_name: p.displayName || 'Maker',
        email: p.email ?? null,
        locale: p.locale ?? null,
        time_zone: p.timeZone ?? null,
        department: null,
        notifications_opt_out: 0,
        created_at: at,
        last_seen_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'aad_object_id']).doUpdateSet((eb) => ({
          display_name: hasRealName ? eb.ref('excluded.display_name') : eb.ref('users.display_name'),
          email: eb.fn.coalesce('excluded.email', 'users.email'),
          locale: eb.fn.coalesce('excluded.locale', 'users.locale'),
          time_zone: eb.fn.coalesce('excluded.time_zone', 'users.time_zone'),
          last_seen_at: eb.ref('excluded.last_seen_at'),
        })),
      )
      .execute();
    const user = await this.findByRef(p);
    if (!user) throw new Error('user upsert lost its row');
    return user;
  }

  async setDepartment(userId: string, department: string | null): Promise<void> {
    await this.db.updateTable('users').set({ department }).where('id', '=', userId).execute();
  }

  async setNotificationsOptOut(userId: string, optOut: boolean): Promise<void> {
    await this.db.updateTable('users').set({ notifications_opt_out: optOut ? 1 : 0 }).where('id', '=', userId).execute();
  }
}
