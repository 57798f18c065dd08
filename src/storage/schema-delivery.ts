import type { Generated } from 'kysely';
/** Row types of the delivery engine's tables (same conventions as schema.ts: text ids, ISO UTC text times, JSON text). */
export interface DeliveryBatchesTable {
  id: string;
  kind: string;
  title: string;
  created_by: string | null;
  created_at: string;
  cancelled_at: string | null;
  cancelled_by: string | null;
}

export interface OutboxTable {
  id: string;
  idempotency_key: string;
  operation: string;
  conversation_id: string;
  tenant_id: string;
  reply_to_activity_id: string | null;
  target_key: string | null;
  template: string;
  payload_json: string;
  essential: number;
  recipient_user_id: string | null;
  batch_id: string | null;
  not_before: string | null;
  state: string;
  attempt: number;
  claimed_by: string | null;
  lease_until: string | null;
  activity_id: string | null;
  last_error: string | null;
  last_status: number | null;
  in_doubt: string | null;
  in_doubt_since: string | null;
  /** Sends made while the message was in doubt and the lookup could not tell (each may be a copy). */
  in_doubt_resends: Generated<number>;
  /** Lookups that found the message already posted (no send). */
  in_doubt_finds: Generated<number>;
  created_at: string;
  attempted_at: string | null;
  sent_at: string | null;
  updated_at: string;
}

/** One row per conversation the app ever queued for: its lane (who works it, when it is next due). */
export interface DeliveryLanesTable {
  conversation_id: string;
  tenant_id: string;
  next_at: string | null;
  claimed_by: string | null;
  lease_until: string | null;
  last_holder: string | null;
  version: number;
}

/** Live delivery workers (heartbeats), so instances sharing a database split the tenant budget. */
export interface DeliveryWorkersTable {
  id: string;
  started_at: string;
  heartbeat_at: string;
}
