import { sql, type Kysely } from 'kysely';
import type { Repositories, Store } from '../domain/store.js';
import type { DatabaseHandle } from './dialect.js';
import type { Database } from './schema.js';
import { SqlAuditRepository } from './repositories/audit.js';
import { SqlConversationRepository } from './repositories/conversations.js';
import { SqlRoleRepository } from './repositories/roles.js';
import { SqlUserRepository } from './repositories/users.js';

function repositories(db: Kysely<Database>): Repositories {
  return {
    users: new SqlUserRepository(db),
    roles: new SqlRoleRepository(db),
    audit: new SqlAuditRepository(db),
    conversations: new SqlConversationRepository(db),
  };
}

/** The domain's Store on top of Kysely; the same code runs on SQLite and PostgreSQL. */
export class SqlStore implements Store {
  readonly repos: Repositories;

  constructor(readonly handle: DatabaseHandle) {
    this.repos = repositories(handle.db);
  }

  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    return this.handle.db.transaction().execute((trx) => work(repositories(trx)));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.handle.db);
  }

  async close(): Promise<void> {
    await this.handle.db.destroy();
  }
}
