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
  /** An uploaded picture (story_images, migration 0018-story-images); null = none or `image_url`. */
  image_id: string | null;
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

/** Pictures uploaded for stories (migration 0018-story-images); the bytes are in story_image_bytes. */
export interface StoryImagesTable {
  id: string;
  tenant_id: string;
  author_id: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  token: string;
  created_at: string;
}

export interface StoryImageBytesTable {
  image_id: string;
  data_base64: string;
}
