import type { Insertable, Selectable } from 'kysely';
import type { NewStory, StoryChanges } from '../../../domain/stories/repository.js';
import type { PostedCard, Story, StoryProduct, StoryStatus } from '../../../domain/stories/types.js';
import type { StoriesTable } from '../../schema-stories.js';

type Row = Selectable<StoriesTable> & { author_name: string; moderator_name: string | null; image_token: string | null };

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

/** A stored row (joined with the author's and moderator's names) as the domain sees it. */
export function toStory(r: Row): Story {
  return {
    id: r.id,
    authorId: r.author_id,
    authorName: r.author_name,
    title: r.title,
    problem: r.problem,
    solution: r.solution,
    products: JSON.parse(r.products_json) as StoryProduct[],
    hoursSavedPerMonth: num(r.hours_saved_per_month),
    peopleServed: num(r.people_served),
    costAvoided: num(r.cost_avoided),
    currency: r.currency,
    department: r.department,
    imageUrl: r.image_url,
    imageId: r.image_token ? r.image_id : null,
    imageToken: r.image_token,
    linkUrl: r.link_url,
    status: r.status as StoryStatus,
    moderationComment: r.moderation_comment,
    moderatedBy: r.moderated_by,
    moderatedByName: r.moderator_name,
    moderatedAt: r.moderated_at,
    publishedAt: r.published_at,
    kudosCount: Number(r.kudos_count),
    showcasePosts: JSON.parse(r.showcase_posts_json) as PostedCard[],
    reviewCard: r.review_card_json ? (JSON.parse(r.review_card_json) as PostedCard) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  };
}

export function toRow(n: NewStory): Insertable<StoriesTable> {
  return {
    id: n.id,
    author_id: n.authorId,
    submission_key: n.submissionKey,
    title: n.title,
    problem: n.problem,
    solution: n.solution,
    products_json: JSON.stringify(n.products),
    hours_saved_per_month: n.hoursSavedPerMonth,
    people_served: n.peopleServed,
    cost_avoided: n.costAvoided,
    currency: n.currency,
    department: n.department,
    image_url: n.imageUrl,
    image_id: n.imageId,
    link_url: n.linkUrl,
    status: n.status,
    moderation_comment: null,
    moderated_by: null,
    moderated_at: null,
    published_at: n.publishedAt,
    kudos_count: 0,
    showcase_posts_json: '[]',
    review_card_json: null,
    created_at: n.createdAt,
    updated_at: n.createdAt,
    version: 1,
  };
}

const COLUMNS: Record<keyof StoryChanges, keyof StoriesTable> = {
  title: 'title',
  problem: 'problem',
  solution: 'solution',
  products: 'products_json',
  hoursSavedPerMonth: 'hours_saved_per_month',
  peopleServed: 'people_served',
  costAvoided: 'cost_avoided',
  currency: 'currency',
  department: 'department',
  imageUrl: 'image_url',
  imageId: 'image_id',
  linkUrl: 'link_url',
  status: 'status',
  moderationComment: 'moderation_comment',
  moderatedBy: 'moderated_by',
  moderatedAt: 'moderated_at',
  publishedAt: 'published_at',
  showcasePosts: 'showcase_posts_json',
  reviewCard: 'review_card_json',
};

const JSON_FIELDS = new Set<keyof StoryChanges>(['products', 'showcasePosts', 'reviewCard']);

/** The columns a change sets (undefined fields are left alone). */
export function changeSet(changes: StoryChanges): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes) as Array<[keyof StoryChanges, unknown]>) {
    if (value === undefined) continue;
    set[COLUMNS[key]] = JSON_FIELDS.has(key) && value !== null ? JSON.stringify(value) : value;
  }
  return set;
}
