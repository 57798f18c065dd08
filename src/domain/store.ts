import type { AuditRepository } from './audit/types.js';
import type { ConversationRepository } from './conversations/types.js';
import type { OutboxRepository } from './delivery/outbox.js';
import type { EnvironmentRequestRepository, ProvisioningJobRepository } from './environments/repository.js';
import type { EventRepository } from './events/repository.js';
import type { RoleRepository, UserRepository } from './identity/repository.js';
import type { TrainingRepository } from './training/repository.js';
import type { TrainingStartRepository } from './training/start-repository.js';
import type { StoryRepository } from './stories/repository.js';
import type { StoryImageRepository } from './stories/image-types.js';
import type { ActivityRepository, InsightsQueries } from './insights/repository.js';
import type { SearchSourceRepository } from './search/repository.js';
import type { PersonDataRepository } from './privacy/types.js';
import type { InboxRepository } from './inbox/repository.js';
import type { HomeQueries } from './home/repository.js';
import type { KbDocumentRepository, KbEntryRepository, QuestionRepository, TicketRepository } from './ask/repository.js';

/** Every repository, bound to one connection or one transaction. */
export interface Repositories {
  users: UserRepository;
  roles: RoleRepository;
  audit: AuditRepository;
  conversations: ConversationRepository;
  /** The delivery engine's outbox: `await tx.outbox.enqueue(message)` commits the message with the change. */
  outbox: OutboxRepository;
  environmentRequests: EnvironmentRequestRepository;
  provisioningJobs: ProvisioningJobRepository;
  training: TrainingRepository;
  /** Modules opened (started) and the card's open-link tokens. */
  trainingStarts: TrainingStartRepository;
  events: EventRepository;
  stories: StoryRepository;
  /** Pictures uploaded for stories (their bytes only on request). */
  storyImages: StoryImageRepository;
  kbEntries: KbEntryRepository;
  kbDocuments: KbDocumentRepository;
  askQuestions: QuestionRepository;
  askTickets: TicketRepository;
  /** What makes someone an active maker: written by the services in the transaction of the change. */
  activity: ActivityRepository;
  /** What happened to each person: written by the services in the transaction of the change, like the outbox. */
  inbox: InboxRepository;
  /** Home's reads: the person's own rows and the community's newest, all indexed and limited. */
  home: HomeQueries;
  /** The dashboard's aggregates (read-only). */
  insights: InsightsQueries;
  /** What the one search box indexes of training, events and stories (read-only). */
  search: SearchSourceRepository;
  /** Where a person's data lives: export, erasure, retention, audit search (the privacy registry). */
  personData: PersonDataRepository;
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
