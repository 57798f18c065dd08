import type { AuditRepository } from './audit/types.js';
import type { ConversationRepository } from './conversations/types.js';
import type { RoleRepository, UserRepository } from './identity/repository.js';

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  users: UserRepository;
  roles: RoleRepository;
  audit: AuditRepository;
  conversations: ConversationRepository;
}

/**
 * The domain's view of storage: repositories outside a transaction, and a transaction in which a
 * state change, its audit record and its outgoing messages commit together or not at all.
 */
export interface Store {
  readonly repos: Repositories;
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Cheap liveness check of the database (readiness probe). */
  ping(): Promise<void>;
}
