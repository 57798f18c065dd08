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
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  audit: AuditTable;
  conversations: ConversationsTable;
}
