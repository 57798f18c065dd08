import type { GrantableRole, ProfileInput, User, UserRef } from './types.js';

export interface UserRepository {
  findByRef(ref: UserRef): Promise<User | undefined>;
  findById(id: string): Promise<User | undefined>;
  /**
   * Creates the user or refreshes their profile and last_seen_at; returns the stored row. An empty
   * display name or the object id standing in for one keeps the stored name; an absent email,
   * locale or time zone keeps the stored one (IdentityService's profileUnchanged mirrors this rule).
   */
  upsertProfile(profile: ProfileInput, at: string): Promise<User>;
  setNotificationsOptOut(userId: string, optOut: boolean): Promise<void>;
  setDepartment(userId: string, department: string | null): Promise<void>;
}

export interface RoleGrant {
  user: User;
  role: GrantableRole;
  grantedBy: string | null;
  grantedAt: string;
}

export interface RoleRepository {
  rolesOf(userId: string): Promise<GrantableRole[]>;
  /** Returns false when the user already had the role. */
  grant(userId: string, role: GrantableRole, grantedBy: string | null, at: string): Promise<boolean>;
  /** Returns false when the user did not have the role. */
  revoke(userId: string, role: GrantableRole): Promise<boolean>;
  list(): Promise<RoleGrant[]>;
  countWithRole(role: GrantableRole): Promise<number>;
}
