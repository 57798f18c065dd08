/** Row types of the success story tables (migration 0006-stories). */
export interface StoriesTable {
  id: string;
  author_id: string;
  submission_key: string;
  title: string;
  problem: string;
  solution: string;
  /** JSON array of product ids; the gallery filters with LIKE '%"power-apps"%' (ids are a fixed set). */
  products_json: string;
  hours_saved_per_month: number | null;
  people_served: number | null;
  cost_avoided: number | null;
  currency: string | null;
  department: string;
  image_url: string | null;
  link_url: string | null;
  status: string;
  moderation_comment: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  published_at: string | null;
  kudos_count: number;
  showcase_posts_json: string;
  review_card_json: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface StoryKudosTable {
  story_id: string;
  user_id: string;
  created_at: string;
}
