import { audit } from '../audit/audit.js';
import type { EntityRef } from '../audit/types.js';
import type { Clock } from '../shared/clock.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../shared/errors.js';
import type { Store } from '../store.js';
import { requireRole } from './authorize.js';
import { isGrantableRole, type Actor, type ChangeContext, type GrantableRole, type Principal, type ProfileInput, type Role, type User, type UserChange, type UserRef } from './types.js';
import type { RoleGrant } from './repository.js';
import { RECENT_DEFAULTS, RecentCache, type RecentCacheOptions } from './recent-cache.js';
import { normalizeProfile } from './profile.js';
import { say } from '../shared/error-text.js';

export interface IdentityOptions {
  /** Entra object ids that become coe-admin when they first show up (the first admins). */
  initialAdmins: readonly string[];
  /** The signed-in principals remembered between turns (default: a minute, 10,000 people). */
  recentPrincipals?: RecentCacheOptions;
}

/**
 * Who people are and what they may do: users, roles and their management.
 *
 * Sign-in is on every bot turn and tab request, so the principal it returns is remembered for a
 * short while (`recentPrincipals`, a minute by default) per tenant + Entra object id: a person who
 * comes back within that time with nothing new in their profile costs no database work. Granting
 * or revoking a role, or changing a person's notification choice, through this service forgets
 * them at once in this process; another instance (several servers on one PostgreSQL database, or
 * `maker-hub roles` at the CLI) sees the change when its entry expires, so roles are at most one
 * TTL stale there. `users.last_seen_at` is written when the entry is (re)filled, so it is the
 * person's last visit to within one TTL (never later than the truth, at most a minute earlier).
 */
export class IdentityService {
  private readonly recent: RecentCache<Principal>;
  /** Bumped by every forget: a sign-in that overlapped one does not remember what it read. */
  private forgets = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: IdentityOptions,
  ) {
    this.recent = new RecentCache(clock, options.recentPrincipals ?? RECENT_DEFAULTS);
  }

  /**
   * Called whenever a person reaches the app (a bot turn, a tab request): records or refreshes
   * their profile and returns their effective roles. A configured first admin is granted coe-admin here.
   * Served from the recent principals when the person signed in within the TTL and the profile
   * brings nothing new (see the class comment).
   */
  async signIn(input: ProfileInput): Promise<Principal> {
    const profile = normalizeProfile(input);
    const key = refKey(profile);
    const known = this.recent.get(key);
    if (known && profileUnchanged(known.user, profile)) return copyPrincipal(known);
    const forgets = this.forgets;
    const principal = await this.writeSignIn(profile);
    if (forgets === this.forgets) this.recent.set(key, copyPrincipal(principal));
    return principal;
  }

  /** Forgets a remembered principal (its next sign-in reads and writes the database again). */
  forgetPrincipal(ref: UserRef): void {
    this.forgets += 1;
    this.recent.delete(refKey(ref));
  }

  /** Forgets every remembered principal of this process. */
  forgetAllPrincipals(): void {
    this.forgets += 1;
    this.recent.clear();
  }

  private async writeSignIn(profile: ProfileInput): Promise<Principal> {
    const at = this.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const user = await tx.users.upsertProfile(profile, at);
      let granted = await tx.roles.rolesOf(user.id);
      if (this.options.initialAdmins.includes(profile.aadObjectId) && !granted.includes('coe-admin')) {
        // The tab's first load signs a new person in from several calls at once. The profile
        // upsert's row lock already lines them up; the audit still follows only a grant that went
        // in, so no engine or isolation level can record one grant twice.
        if (await tx.roles.grant(user.id, 'coe-admin', null, at))
          await audit(tx.audit, { clock: this.clock }, { kind: 'system', name: 'initial-admins' }, 'role.grant', { type: 'user', id: user.id }, { roles: granted }, { roles: [...granted, 'coe-admin'] });
        granted = [...granted, 'coe-admin'];
      }
      return { user, roles: effectiveRoles(granted) };
    });
  }

  async principalOf(userId: string): Promise<Principal> {
    const user = await this.store.repos.users.findById(userId);
    if (!user) throw new NotFoundError(say('errors.identity.userUnknownYet'));
    return { user, roles: effectiveRoles(await this.store.repos.roles.rolesOf(userId)) };
  }

  async findUser(ref: UserRef): Promise<User | undefined> {
    return this.store.repos.users.findByRef(ref);
  }

  /** A person by their Maker Hub id, or undefined (the audit view names the people in it). */
  userById(id: string): Promise<User | undefined> {
    return this.store.repos.users.findById(id);
  }

  /** A refusal decided without a role check (a card about something the person may not see), audited as `<action>.denied` like requireRoles' refusals. */
  async recordDenied(change: ChangeContext, action: string, entity: EntityRef, detail: Record<string, unknown>): Promise<void> {
    await audit(this.store.repos.audit, { clock: this.clock, correlationId: change.correlationId }, change.actor, `${action}.denied`, entity, null, detail);
  }

  /** The role check of any privileged action (refusals audited as `<action>.denied`); see requireRole. */
  requireRoles(actor: Actor, allowed: Role[], action: string, entity: EntityRef): Promise<void> {
    return requireRole(this.store, this.clock, actor, allowed, action, entity);
  }

  async listRoles(actor: Actor): Promise<RoleGrant[]> {
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'role.list', { type: 'roles', id: '*' });
    return this.store.repos.roles.list();
  }

  /**
   * Grants a role. A person not seen yet is created from the reference so roles can be prepared
   * before someone first opens the app.
   */
  async grantRole({ actor, correlationId }: ChangeContext, target: UserRef & { displayName?: string }, role: string): Promise<{ changed: boolean; user: User }> {
    const checked = parseRole(role);
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'role.grant', { type: 'user', id: `${target.tenantId}:${target.aadObjectId}` });
    const at = this.clock.now().toISOString();
    const result = await this.store.transaction(async (tx) => {
      const user = (await tx.users.findByRef(target)) ?? (await tx.users.upsertProfile({ ...target, displayName: target.displayName ?? target.aadObjectId }, at));
      const before = await tx.roles.rolesOf(user.id);
      const changed = await tx.roles.grant(user.id, checked, actorUserId(actor), at);
      if (changed) await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'role.grant', { type: 'user', id: user.id }, { roles: before }, { roles: [...before, checked] });
      return { changed, user };
    });
    this.forgetPrincipal(target);
    return result;
  }

  async revokeRole({ actor, correlationId }: ChangeContext, target: UserRef, role: string): Promise<{ changed: boolean }> {
    const checked = parseRole(role);
    await requireRole(this.store, this.clock, actor, ['coe-admin'], 'role.revoke', { type: 'user', id: `${target.tenantId}:${target.aadObjectId}` });
    const result = await this.store.transaction(async (tx) => {
      const user = await tx.users.findByRef(target);
      if (!user) throw new NotFoundError(say('errors.identity.userUnknown'));
      if (checked === 'coe-admin' && (await tx.roles.countWithRole('coe-admin')) <= 1 && (await tx.roles.rolesOf(user.id)).includes('coe-admin'))
        throw new ForbiddenError(say('errors.identity.lastAdmin'));
      const before = await tx.roles.rolesOf(user.id);
      const changed = await tx.roles.revoke(user.id, checked);
      if (changed) await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'role.revoke', { type: 'user', id: user.id }, { roles: before }, { roles: before.filter((r) => r !== checked) });
      return { changed };
    });
    this.forgetPrincipal(target);
    return result;
  }

  /** Opting out of non-essential notifications (announcements, reminders); the delivery engine honours it. */
  async setNotificationsOptOut({ actor, correlationId }: UserChange, optOut: boolean): Promise<void> {
    const { principal } = actor;
    await this.store.transaction(async (tx) => {
      await tx.users.setNotificationsOptOut(principal.user.id, optOut);
      await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'user.notifications', { type: 'user', id: principal.user.id }, { optOut: principal.user.notificationsOptOut }, { optOut });
    });
    this.forgetPrincipal(principal.user);
  }

  /**
   * A person's department (the Insights "makers by department" figure). Teams does not tell the
   * bot, so people set their own in the tab and operators import a directory export from the CLI.
   */
  async setDepartment({ actor, correlationId }: ChangeContext, target: UserRef, department: string | null): Promise<{ changed: boolean }> {
    const self = actor.kind === 'user' && actor.principal.user.tenantId === target.tenantId && actor.principal.user.aadObjectId === target.aadObjectId;
    if (!self) await requireRole(this.store, this.clock, actor, ['coe-admin'], 'user.department', { type: 'user', id: `${target.tenantId}:${target.aadObjectId}` });
    const value = department?.trim() || null;
    const result = await this.store.transaction(async (tx) => {
      const user = await tx.users.findByRef(target);
      if (!user) throw new NotFoundError(say('errors.identity.userUnknown'));
      if (user.department === value) return { changed: false };
      await tx.users.setDepartment(user.id, value);
      await audit(tx.audit, { clock: this.clock, correlationId }, actor, 'user.department', { type: 'user', id: user.id }, { department: user.department }, { department: value });
      return { changed: true };
    });
    this.forgetPrincipal(target);
    return result;
  }
}

function parseRole(role: string): GrantableRole {
  if (!isGrantableRole(role)) throw new ValidationError(say('errors.identity.unknownRole', { role }), { role: say('errors.identity.unknownRoleField') });
  return role;
}

function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.principal.user.id : `${actor.kind}:${actor.name}`;
}

function refKey(ref: UserRef): string {
  return `${ref.tenantId}\n${ref.aadObjectId}`;
}

function copyPrincipal(p: Principal): Principal {
  return { user: { ...p.user }, roles: [...p.roles] };
}

/**
 * True when storing `profile` over `user` would change nothing but last_seen_at, by the rule of
 * UserRepository.upsertProfile: an empty name or the object id standing in for one keeps the stored
 * name, and an absent email, locale or time zone keeps the stored one.
 */
export function profileUnchanged(user: User, profile: ProfileInput): boolean {
  const realName = profile.displayName !== '' && profile.displayName !== profile.aadObjectId;
  if (realName && profile.displayName !== user.displayName) return false;
  if (profile.email != null && profile.email !== user.email) return false;
  if (profile.locale != null && profile.locale !== user.locale) return false;
  if (profile.timeZone != null && profile.timeZone !== user.timeZone) return false;
  return true;
}

export function effectiveRoles(granted: readonly GrantableRole[]): Role[] {
  return ['maker', ...granted];
}
