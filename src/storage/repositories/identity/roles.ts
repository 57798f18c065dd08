import type { Kysely } from 'kysely';
import type { RoleGrant, RoleRepository } from '../../../domain/identity/repository.js';
import { isGrantableRole, type GrantableRole } from '../../../domain/identity/types.js';
import type { Database } from '../../schema.js';
import { toUser } from './users.js';

export class SqlRoleRepository implements RoleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async rolesOf(userId: string): Promise<GrantableRole[]> {
    const rows = await this.db.selectFrom('user_roles').select('role').where('user_id', '=', userId).orderBy('role').execute();
    return rows.map((r) => r.role).filter(isGrantableRole);
  }

  async grant(userId: string, role: GrantableRole, grantedBy: string | null, at: string): Promise<boolean> {
    const result = await this.db
      .insertInto('user_roles')
      .values({ user_id: userId, role, granted_by: grantedBy, granted_at: at })
      .onConflict((oc) => oc.columns(['user_id', 'role']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async revoke(userId: string, role: GrantableRole): Promise<boolean> {
    const result = await this.db.deleteFrom('user_roles').where('user_id', '=', userId).where('role', '=', role).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async list(): Promise<RoleGrant[]> {
    const rows = await this.db
      .selectFrom('user_roles')
      .innerJoin('users', 'users.id', 'user_roles.user_id')
      .selectAll('users')
      .select(['user_roles.role', 'user_roles.granted_by', 'user_roles.granted_at'])
      .orderBy('users.display_name')
      .orderBy('user_roles.role')
      .execute();
    return rows.flatMap((r) => (isGrantableRole(r.role) ? [{ user: toUser(r), role: r.role, grantedBy: r.granted_by, grantedAt: r.granted_at }] : []));
  }

  async countWithRole(role: GrantableRole): Promise<number> {
    const row = await this.db.selectFrom('user_roles').select((eb) => eb.fn.countAll<string | number>().as('n')).where('role', '=', role).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
