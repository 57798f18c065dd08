import type { ImpactTotals, StoryProduct, StoryStatus } from '../../../../src/domain/stories/types';

export type { ImpactTotals, StoryProduct, StoryStatus };

/** A story as the tab API sends it (src/server/routes/story-json.ts). */
export interface StoryView {
  readonly id: string;
  readonly title: string;
  readonly problem: string;
  readonly solution: string;
  readonly products: readonly StoryProduct[];
  readonly hoursSavedPerMonth: number | null;
  readonly peopleServed: number | null;
  readonly costAvoided: number | null;
  readonly currency: string | null;
  readonly department: string;
  readonly imageUrl: string | null;
  /** A picture the author uploaded (read with the viewer's sign-in), or null. */
  readonly imageId: string | null;
  readonly linkUrl: string | null;
  readonly authorName: string;
  readonly status: StoryStatus;
  readonly statusLabel: string;
  /** Only for the author and the moderators. */
  readonly moderationComment: string | null;
  readonly moderatedByName: string | null;
  readonly publishedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
  readonly kudosCount: number;
  readonly kudosGiven: boolean;
  /** Who gave kudos, by name, first kudos first. */
  readonly kudosFrom: readonly string[];
  readonly mine: boolean;
  readonly canEdit: boolean;
  readonly canDelete: boolean;
  readonly canModerate: boolean;
}

/** `GET /api/stories`. */
export interface Gallery {
  readonly stories: readonly StoryView[];
  readonly totals: ImpactTotals;
  readonly departments: readonly string[];
}

/** What the gallery asks for; empty strings mean "any". */
export interface GalleryFilter {
  readonly q: string;
  readonly product: StoryProduct | '';
  readonly department: string;
  readonly from: string;
  readonly to: string;
}

export const emptyFilter: GalleryFilter = { q: '', product: '', department: '', from: '', to: '' };

/** `GET /api/stories/options`. */
export interface StoryOptions {
  readonly products: ReadonlyArray<{ readonly value: StoryProduct; readonly label: string }>;
  readonly currencies: readonly string[];
  /** The largest picture the server takes, in bytes. */
  readonly imageMaxBytes?: number;
}

/** The form as the person fills it in: everything text, so nothing typed is changed or lost. */
export interface StoryDraft {
  title: string;
  problem: string;
  solution: string;
  products: StoryProduct[];
  hoursSavedPerMonth: string;
  peopleServed: string;
  costAvoided: string;
  currency: string;
  department: string;
  imageUrl: string;
  /** An uploaded picture's id ('' = none). */
  imageId: string;
  linkUrl: string;
}

export type StoryField = keyof StoryDraft;

export type ModerationDecision = 'approve' | 'request-changes' | 'decline';
