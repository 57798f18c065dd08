import type { DeliveryBatchesTable, DeliveryLanesTable, DeliveryWorkersTable, OutboxTable } from './schema-delivery.js';
import type { EnvironmentProvisioningJobsTable, EnvironmentRequestsTable } from './schema-environments.js';
import type * as TrainingEvents from './schema-training-events.js';
import type { StoriesTable, StoryImageBytesTable, StoryImagesTable, StoryKudosTable } from './schema-stories.js';
import type * as Ask from './schema-ask.js';
import type { ActivityTable } from './schema-insights.js';
import type { InboxItemsTable } from './schema-home.js';

/**
 * Row types of every table, as Kysely sees them. Portable across SQLite and PostgreSQL on purpose:
 * ids are text, times are ISO-8601 UTC text (sortable, and `substr(at, 1, 10)` buckets by day on
 * both), booleans are 0/1 integers and JSON is text.
 */
export interface UsersTable {
  id: string;
  tenant_id: string;
  aad_object_id: string;
  display_name: string;
  email: string | null;
  department: string | null;
  time_zone: string | null;
  locale: string | null;
  notifications_opt_out: number;
  created_at: string;
  last_seen_at: string;
  /** The person's first activity as a maker (new makers per period); null until they do something. */
  first_active_at: string | null;
  /** When the person closed Home's first-run welcome (migration 0013); null while it may show. */
  welcome_dismissed_at: string | null;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
  granted_by: string | null;
  granted_at: string;
}

export interface AuditTable {
  id: string;
  at: string;
  actor_kind: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  correlation_id: string | null;
}

export interface ConversationsTable {
  id: string;
  tenant_id: string;
  scope: string;
  team_id: string | null;
  team_name: string | null;
  channel_id: string | null;
  channel_name: string | null;
  user_id: string | null;
  service_url: string;
  reference_json: string;
  installed: number;
  installed_at: string;
  removed_at: string | null;
  welcomed_at: string | null;
  updated_at: string;
  unreachable_at: string | null;
  unreachable_reason: string | null;
  team_aad_group_id: string | null;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  audit: AuditTable;
  conversations: ConversationsTable;
  delivery_batches: DeliveryBatchesTable;
  outbox: OutboxTable;
  delivery_lanes: DeliveryLanesTable;
  delivery_workers: DeliveryWorkersTable;
  environment_requests: EnvironmentRequestsTable;
  environment_provisioning_jobs: EnvironmentProvisioningJobsTable;
  training_paths: TrainingEvents.TrainingPathsTable;
  training_modules: TrainingEvents.TrainingModulesTable;
  training_progress: TrainingEvents.TrainingProgressTable;
  training_starts: TrainingEvents.TrainingStartsTable;
  training_completions: TrainingEvents.TrainingCompletionsTable;
  events: TrainingEvents.EventsTable;
  event_rsvps: TrainingEvents.EventRsvpsTable;
  event_announcements: TrainingEvents.EventAnnouncementsTable;
  event_feedback: TrainingEvents.EventFeedbackTable;
  stories: StoriesTable;
  story_kudos: StoryKudosTable;
  story_images: StoryImagesTable;
  story_image_bytes: StoryImageBytesTable;
  kb_entries: Ask.KbEntriesTable;
  kb_documents: Ask.KbDocumentsTable;
  kb_sections: Ask.KbSectionsTable;
  kb_state: Ask.KbStateTable;
  ask_questions: Ask.AskQuestionsTable;
  ask_tickets: Ask.AskTicketsTable;
  activity: ActivityTable;
  inbox_items: InboxItemsTable;
}
