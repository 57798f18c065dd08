/**
 * Success stories: a maker tells the community what their app, flow or agent achieved; champions
 * moderate; published stories are posted to the showcase channel(s), collect kudos and add up into
 * the CoE's impact figures.
 */

/** The Power Platform products a story can name, as stored ids. */
export const STORY_PRODUCTS = ['power-apps', 'power-automate', 'power-bi', 'copilot-studio', 'power-pages', 'dataverse'] as const;
/** One of {@link STORY_PRODUCTS}. */
export type StoryProduct = (typeof STORY_PRODUCTS)[number];

/** How people read each product. */
export const PRODUCT_LABEL: Record<StoryProduct, string> = {
  'power-apps': 'Power Apps',
  'power-automate': 'Power Automate',
  'power-bi': 'Power BI',
  'copilot-studio': 'Copilot Studio',
  'power-pages': 'Power Pages',
  dataverse: 'Dataverse',
};

/** Every state a story can be in; the allowed moves between them are in moderation.ts. */
export const STORY_STATUSES = ['pending', 'changes-requested', 'published', 'declined', 'deleted'] as const;
/** One of {@link STORY_STATUSES}. */
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** What an author fills in (card, dialog or tab), parsed and checked. */
export interface StoryInput {
  title: string;
  problem: string;
  solution: string;
  products: StoryProduct[];
  /** Hours the solution saves per month, across everyone using it. */
  hoursSavedPerMonth: number | null;
  /** People who use it or benefit from it. */
  peopleServed: number | null;
  /** Money not spent thanks to it (per year, whole units of `currency`). */
  costAvoided: number | null;
  /** ISO 4217 code; set exactly when `costAvoided` is. */
  currency: string | null;
  /** The team or department that built it (the gallery filters by it). */
  department: string;
  /** A screenshot or logo; https only. */
  imageUrl: string | null;
  /** Or a picture the author uploaded (image-types.ts); never both. */
  imageId: string | null;
  /** Where to learn more (the app, a video, a SharePoint page); http(s) only. */
  linkUrl: string | null;
}

/** A card Maker Hub posted about a story: where, and the outbox key of that post (updates target it). */
export interface PostedCard {
  conversationId: string;
  key: string;
}

/** A stored story with everything the author, the moderators and the gallery need. */
export interface Story extends StoryInput {
  id: string;
  authorId: string;
  authorName: string;
  status: StoryStatus;
  /** The random part of the uploaded picture's anonymous card address (null without an upload). */
  imageToken: string | null;
  /** The latest moderator's note (the changes asked for, or why it was declined). */
  moderationComment: string | null;
  moderatedBy: string | null;
  moderatedByName: string | null;
  moderatedAt: string | null;
  publishedAt: string | null;
  kudosCount: number;
  /** Where the published card was posted, so edits, kudos and deletion update those posts. */
  showcasePosts: PostedCard[];
  /** The review card currently posted in the moderators' channel, if any. */
  reviewCard: PostedCard | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every change of content or state (not on kudos): stale forms and cards are detected by it. */
  version: number;
}

/** What the gallery, the queue and "my stories" ask for. */
export interface StoryFilter {
  status?: readonly StoryStatus[];
  authorId?: string;
  product?: StoryProduct;
  /** Exact department (case-insensitive). */
  department?: string;
  /** Published (or, for unpublished stories, created) on or after this day, YYYY-MM-DD. */
  from?: string;
  /** … and on or before this day, YYYY-MM-DD. */
  to?: string;
  /** Words in the title, problem, solution, department or author name. */
  search?: string;
  limit?: number;
  offset?: number;
}

/** Impact of published stories, summed: what the gallery header and the KPI dashboard show. */
export interface ImpactTotals {
  stories: number;
  hoursSavedPerMonth: number;
  peopleServed: number;
  /** Costs avoided cannot be added across currencies: one sum per currency, largest first. */
  costAvoided: Array<{ currency: string; amount: number }>;
}

/** A story as one person sees it: whether they gave kudos and what they may do with it. */
export interface StoryForViewer {
  story: Story;
  kudosGiven: boolean;
  /** Who gave kudos, by name (first kudos first). */
  kudosFrom: string[];
  canEdit: boolean;
  canDelete: boolean;
  canModerate: boolean;
}

/** The three decisions a moderator can take on a pending story. */
export type ModerationDecision = 'approve' | 'request-changes' | 'decline';
