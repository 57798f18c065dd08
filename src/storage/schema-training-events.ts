import type { Generated } from 'kysely';

/** Row types of the training and events tables (migration 0005-training-events; training versions: 0008). */

export interface TrainingPathsTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  audience: string;
  level: string;
  position: number;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
  /** Bumped by every edit of the path's own fields (migration 0008); an edit names the version it was based on. Default 1. */
  version: Generated<number>;
}

export interface TrainingModulesTable {
  id: string;
  path_id: string;
  position: number;
  title: string;
  description: string;
  url: string;
  minutes: number;
  kind: string;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
  /** Bumped by every edit of the module's own fields (migration 0008). Default 1. */
  version: Generated<number>;
}

export interface TrainingProgressTable {
  user_id: string;
  module_id: string;
  completed_at: string;
}

/** A module a person opened (started), and the token of the card's open link. */
export interface TrainingStartsTable {
  user_id: string;
  module_id: string;
  token: string;
  started_at: string | null;
  created_at: string;
}

export interface TrainingCompletionsTable {
  user_id: string;
  path_id: string;
  completed_at: string;
}

export interface EventsTable {
  id: string;
  title: string;
  description: string;
  type: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  meeting_url: string | null;
  location: string | null;
  capacity: number | null;
  audience_note: string | null;
  status: string;
  version: number;
  schedule_version: number;
  rsvp_version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
  cancel_reason: string | null;
}

export interface EventRsvpsTable {
  event_id: string;
  user_id: string;
  response: string;
  /** 0/1 */
  waitlisted: number;
  going_since: string | null;
  updated_at: string;
}

export interface EventAnnouncementsTable {
  event_id: string;
  conversation_id: string;
  message_key: string;
  announced_by: string | null;
  announced_at: string;
}

export interface EventFeedbackTable {
  event_id: string;
  user_id: string;
  rating: number;
  comment: string | null;
  submitted_at: string;
}
