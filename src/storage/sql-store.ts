import { sql, type Kysely } from 'kysely';
import type { Repositories, Store } from '../domain/store.js';
import type { Clock } from '../domain/shared/clock.js';
import type { DatabaseHandle } from './dialect.js';
import type { Database } from './schema.js';
import { SqlAuditRepository } from './repositories/audit.js';
import { SqlConversationRepository } from './repositories/conversations.js';
import { SqlEnvironmentRequestRepository } from './repositories/environments/requests.js';
import { SqlProvisioningJobRepository } from './repositories/environments/provisioning-jobs.js';
import { SqlEventRepository } from './repositories/events.js';
import { SqlRoleRepository } from './repositories/identity/roles.js';
import { SqlTrainingRepository } from './repositories/training/training.js';
import { SqlTrainingStartRepository } from './repositories/training/starts.js';
import { SqlUserRepository } from './repositories/identity/users.js';
import { SqlOutboxRepository } from './repositories/delivery/index.js';
import { SqlStoryRepository } from './repositories/stories/stories.js';
import { SqlStoryImageRepository } from './repositories/stories/images.js';
import { SqlKbDocumentRepository } from './repositories/ask/kb-documents.js';
import { SqlKbEntryRepository } from './repositories/ask/kb-entries.js';
import { SqlQuestionRepository } from './repositories/ask/questions.js';
import { SqlTicketRepository } from './repositories/ask/tickets.js';
import { SqlActivityRepository } from './repositories/activity.js';
import { SqlInsightsQueries } from './repositories/insights/index.js';
import { SqlSearchSourceRepository } from './repositories/search-sources.js';
import { SqlPersonDataRepository } from './privacy/person-data.js';
import type { SqlFlavour } from './dialect.js';
import { SqlInboxRepository } from './repositories/inbox.js';
import { SqlHomeQueries } from './repositories/home/index.js';

function repositories(db: Kysely<Database>, flavour: SqlFlavour, outbox: Pick<Repositories, 'outbox'>): Repositories {
  return {
    ...outbox,
    users: new SqlUserRepository(db),
    roles: new SqlRoleRepository(db),
    audit: new SqlAuditRepository(db),
    conversations: new SqlConversationRepository(db),
    environmentRequests: new SqlEnvironmentRequestRepository(db),
    provisioningJobs: new SqlProvisioningJobRepository(db),
    training: new SqlTrainingRepository(db),
    trainingStarts: new SqlTrainingStartRepository(db),
    events: new SqlEventRepository(db),
    stories: new SqlStoryRepository(db),
    storyImages: new SqlStoryImageRepository(db),
    kbEntries: new SqlKbEntryRepository(db),
    kbDocuments: new SqlKbDocumentRepository(db),
    askQuestions: new SqlQuestionRepository(db),
    askTickets: new SqlTicketRepository(db),
    activity: new SqlActivityRepository(db),
    insights: new SqlInsightsQueries(db),
    search: new SqlSearchSourceRepository(db),
    personData: new SqlPersonDataRepository(db, flavour),
    inbox: new SqlInboxRepository(db),
    home: new SqlHomeQueries(db),
  };
}

/** The domain's Store on top of Kysely; the same code runs on SQLite and PostgreSQL. */
export class SqlStore implements Store {
  readonly repos: Repositories;
  private readonly clock: Clock;
  private readonly queuedListeners = new Set<() => void>();

  constructor(
    readonly handle: DatabaseHandle,
    options: { clock?: Clock } = {},
  ) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.repos = repositories(handle.db, handle.flavour, { outbox: new SqlOutboxRepository(handle.db, this.clock, { queued: () => this.notifyQueued() }) });
  }

  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
    // Messages queued in a transaction become visible at its commit: tell the delivery worker then.
    let queued = false;
    const outbox = (trx: Kysely<Database>) => new SqlOutboxRepository(trx, this.clock, { queued: () => (queued = true) });
    return this.handle.db
      .transaction()
      .execute((trx) => work(repositories(trx, this.handle.flavour, { outbox: outbox(trx) })))
      .then((result) => {
        if (queued) this.notifyQueued();
        return result;
      });
  }

  /** Calls `listener` whenever committed messages wait in the outbox (the in-process worker wakes up). */
  onQueued(listener: () => void): () => void {
    this.queuedListeners.add(listener);
    return () => this.queuedListeners.delete(listener);
  }

  private notifyQueued(): void {
    for (const listener of this.queuedListeners) listener();
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.handle.db);
  }

  async close(): Promise<void> {
    await this.handle.db.destroy();
  }
}
