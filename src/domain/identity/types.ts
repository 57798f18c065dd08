/** What a person may do in Maker Hub. Everyone is a maker; the others are granted by coe-admins. */
export const ROLES = ['maker', 'champion', 'expert', 'coe-admin'] as const;
export type Role = (typeof ROLES)[number];
export type GrantableRole = Exclude<Role, 'maker'>;
export const GRANTABLE_ROLES: readonly GrantableRole[] = ['champion', 'expert', 'coe-admin'];

export function isGrantableRole(value: string): value is GrantableRole {
  return (GRANTABLE_ROLES as readonly string[]).includes(value);
}

/** A person is identified by their tenant and their Entra object id, wherever they come from. */
export interface UserRef {
  tenantId: string;
  aadObjectId: string;
}

export interface User extends UserRef {
  id: string;
  displayName: string;
  email: string | null;
  department: string | null;
  timeZone: string | null;
  locale: string | null;
  notificationsOptOut: boolean;
  createdAt: string;
  /**
   * The person's last visit (bot turn or tab request) to within one minute: sign-ins within the
   * recent-principal TTL are not written (IdentityService), so it may be up to a minute early,
   * never late.
   */
  lastSeenAt: string;
}

/** A signed-in person with their effective roles (always including maker). */
export interface Principal {
  user: User;
  roles: Role[];
}

/** Who causes a change: a person, the app itself (jobs, workers) or an operator at the CLI. */
export type Actor =
  | { kind: 'user'; principal: Principal }
  | { kind: 'system'; name: string }
  | { kind: 'operator'; name: string };

/** Who makes a change, and the chat turn and log lines it belongs to: what every capability's changes take. */
export interface ChangeContext {
  actor: Actor;
  /**
   * The user whose own bot turn caused the change: they read the outcome in the reply, so no
   * separate message is queued for them (an author submitting in chat, not a moderator approving).
   */
  answeredInChat?: string | null;
  correlationId?: string | null;
}

/** A change made by a signed-in person (submissions, a story's every change). */
export type UserChange = ChangeContext & { actor: Actor & { kind: 'user'; principal: Principal } };

/** A signed-in person as the actor: what a read that the CLI also runs as an operator takes. */
export function userActor(principal: Principal): UserChange['actor'] {
  return { kind: 'user', principal };
}

/**
 * The change a signed-in person makes in a request or a turn with this correlation id;
 * `answeredInChat` when the person reads the outcome in the bot's reply to their own turn.
 */
export function userChange(principal: Principal, correlationId?: string | null, options: { answeredInChat?: string | null } = {}): UserChange {
  return {
    actor: userActor(principal),
    ...(options.answeredInChat === undefined ? {} : { answeredInChat: options.answeredInChat }),
    ...(correlationId === undefined ? {} : { correlationId }),
  };
}

/** What the Teams layer or the tab API knows about a person when they show up. */
export interface ProfileInput extends UserRef {
  displayName: string;
  email?: string | null;
  locale?: string | null;
  timeZone?: string | null;
}

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return roles.some((r) => principal.roles.includes(r));
}
