import type { Gallery, ImpactTotals, StoryOptions, StoryView } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const numOrNull = (v: unknown): boolean => v === null || typeof v === 'number';
const bool = (v: unknown): v is boolean => typeof v === 'boolean';

/** One story; undefined when a field the tab relies on is missing or of the wrong kind. */
export function decodeStory(value: unknown): StoryView | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  const texts = ['id', 'title', 'problem', 'solution', 'department', 'authorName', 'status', 'statusLabel', 'createdAt', 'updatedAt'];
  if (!texts.every((k) => str(v[k]))) return undefined;
  if (!['currency', 'imageUrl', 'imageId', 'linkUrl', 'moderationComment', 'moderatedByName', 'publishedAt'].every((k) => strOrNull(v[k]))) return undefined;
  if (!['hoursSavedPerMonth', 'peopleServed', 'costAvoided'].every((k) => numOrNull(v[k]))) return undefined;
  if (typeof v['version'] !== 'number' || typeof v['kudosCount'] !== 'number' || !Array.isArray(v['products']) || !v['products'].every(str)) return undefined;
  if (!['kudosGiven', 'mine', 'canEdit', 'canDelete', 'canModerate'].every((k) => bool(v[k]))) return undefined;
  if (!Array.isArray(v['kudosFrom']) || !v['kudosFrom'].every(str)) return undefined;
  return value as unknown as StoryView;
}

function decodeStories(value: unknown): StoryView[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const decoded = value.map(decodeStory);
  return decoded.every((s): s is StoryView => s !== undefined) ? decoded : undefined;
}

function decodeTotals(value: unknown): ImpactTotals | undefined {
  if (!isObject(value) || typeof value['stories'] !== 'number' || typeof value['hoursSavedPerMonth'] !== 'number' || typeof value['peopleServed'] !== 'number') return undefined;
  const costs = value['costAvoided'];
  if (!Array.isArray(costs) || !costs.every((c) => isObject(c) && str(c['currency']) && typeof c['amount'] === 'number')) return undefined;
  return value as unknown as ImpactTotals;
}

/** `GET /api/stories`. */
export function decodeGallery(value: unknown): Gallery | undefined {
  if (!isObject(value) || !Array.isArray(value['departments']) || !value['departments'].every(str)) return undefined;
  const stories = decodeStories(value['stories']);
  const totals = decodeTotals(value['totals']);
  return stories && totals ? { stories, totals, departments: value['departments'] } : undefined;
}

/** `{ stories: [...] }` of "my stories" and the review queue. */
export function decodeStoryList(value: unknown): StoryView[] | undefined {
  return isObject(value) ? decodeStories(value['stories']) : undefined;
}

/** `{ story }` of a single story or an action's answer. */
export function decodeStoryEnvelope(value: unknown): StoryView | undefined {
  return isObject(value) ? decodeStory(value['story']) : undefined;
}

export function decodeKudos(value: unknown): { kudosCount: number; kudosGiven: boolean; kudosFrom: readonly string[] } | undefined {
  if (!isObject(value) || typeof value['kudosCount'] !== 'number' || !bool(value['kudosGiven'])) return undefined;
  const from = value['kudosFrom'];
  if (!Array.isArray(from) || !from.every(str)) return undefined;
  return { kudosCount: value['kudosCount'], kudosGiven: value['kudosGiven'], kudosFrom: from };
}

export function decodeOptions(value: unknown): StoryOptions | undefined {
  if (!isObject(value) || !Array.isArray(value['products']) || !Array.isArray(value['currencies']) || !value['currencies'].every(str)) return undefined;
  if (!value['products'].every((p) => isObject(p) && str(p['value']) && str(p['label']))) return undefined;
  return value as unknown as StoryOptions;
}

export function decodeDeleted(value: unknown): true | undefined {
  return isObject(value) && value['deleted'] === true ? true : undefined;
}
