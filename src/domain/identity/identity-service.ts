import { audit } from '../audit/audit.js';
import type { Clock } from '../shared/clock.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import type { Store } from '../store.js';
import { requireRole } from './authorize.js';
import { isGrantableRole, type Actor, type GrantableRole, type Principal, type ProfileInput, type Role, type User, type UserRef } from './types.js';
import type { RoleGrant } from './repository.js';

export interface IdentityOptions {
  /** Entra object ids that become coe-admin when they first show up (the first admins). */
  initialAdmins: readonly string[];
}

/** Who people are and what they may do: users, roles and their management. */
export class IdentityService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: IdentityOptions,
  ) {}

  /**
   * Called whenever a person reaches the app (a bot turn, a tab request): records or refreshes
   * their profile and returns their effective roles. A configured first admin is granted coe-admin here.
   */
  async signIn(profile: ProfileInput): Promise<Principal> {
    const at = this.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const user = await tx.users.upsertProfile(profile, at);
      let granted = await tx.roles.rolesOf(user.id);
      if (this.options.initialAdmins.includes(profile.aadObjectId) && !granted.includes('coe-admin')) {
        await tx.roles.grant(user.id, 'coe-admin', null, at);
        await audit(tx.audit, { clock: this.clock }, { kind: 'system', name: 'initial-admins' }, 'role.grant', { type: 'user', id: user.id }, { roles: granted }, { roles: [...granted, 'coe-admin'] });
        granted = [...granted, 'coe-admin'];
      }
      return { user, roles: effectiveRoles(granted) };
    });
  }

  async principalOf(userId: string): Promise<Principal> {
    const user = await this.store.repos.users.findById(userId);
    if (!user) throw new NotFoundError('That user is not known to Maker Hub yet.');
    return { user, roles: effectiveRoles(await this.store.repos.roles.rolesOf(userId)) };
  }

  async findUser(ref: UserRef): Promise<User | undefined> {
    return this.store.repos.users.findByRef(ref);
  }

  async listRoles(actor: Actor): Promise<RoleGrant[]> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'role.list', { type: 'roles', id: '*' });
    return this.store.repos.roles.list();
  }

  /**
   * Grants a role. A person not seen yet is created from the reference so roles can be prepared
   * before someone first opens the app.
   */
  async grantRole(actor: Actor, target: UserRef & { displayName?: string }, role: string): Promise<{ changed: boolean; user: User }> {
    const checked = parseRole(role);
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'role.grant', { type: 'user', id: `${target.tenantId}:${target.aadObjectId}` });
    const at = this.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const user = (await tx.users.findByRef(target)) ?? (await tx.users.upsertProfile({ ...target, displayName: target.displayName ?? target.aadObjectId }, at));
      const before = await tx.roles.rolesOf(user.id);
      const changed = await tx.roles.grant(user.id, checked, actorUserId(actor), at);
      if (changed) await audit(tx.audit, { clock: this.clock }, actor, 'role.grant', { type: 'user', id: user.id }, { roles: before }, { roles: [...before, checked] });
      return { changed, user };
    });
  }

  async revokeRole(actor: Actor, target: UserRef, role: string): Promise<{ changed: boolean }> {
    const checked = parseRole(role);
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'role.revoke', { type: 'user', id: `${target.tenantId}:${target.aadObjectId}` });
    return this.store.transaction(async (tx) => {
      const user = await tx.users.findByRef(target);
      if (!user) throw new NotFoundError('That user is not known to Maker Hub.');
      if (checked === 'coe-admin' && (await tx.roles.countWithRole('coe-admin')) <= 1 && (await tx.roles.rolesOf(user.id)).includes('coe-admin'))
        throw new ForbiddenError('The last coe-admin cannot be removed; grant the role to someone else first.');
      const before = await tx.roles.rolesOf(user.id);
      const changed = await tx.roles.revoke(user.id, checked);
      if (changed) await audit(tx.audit, { clock: this.clock }, actor, 'role.revoke', { type: 'user', id: user.id }, { roles: before }, { roles: before.filter((r) => r !== checked) });
      return { changed };
    });
  }

  /** Opting out of non-essential notifications (announcements, reminders); the delivery engine honours it. */
  async setNotificationsOptOut(principal: Principal, optOut: boolean): Promise<void> {
    await this.store.transaction(async (tx) => {
      await tx.users.setNotificationsOptOut(principal.user.id, optOut);
      await audit(tx.audit, { clock: this.clock }, { kind: 'user', principal }, 'user.notifications', { type: 'user', id: principal.user.id }, { optOut: principal.user.notificationsOptOut }, { optOut });
    });
  }
}

function parseRole(role: string): GrantableRole {
  if (!isGrantableRole(role)) throw new ValidationError(`Unknown role "${role}". Roles are champion, expert and coe-admin (everyone is a maker).`, { role: 'unknown role' });
  return role;
}

function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.principal.user.id : `${actor.kind}:${actor.name}`;
}

export function effectiveRoles(granted: readonly GrantableRole[]): Role[] {
  return ['maker', ...granted];
}
