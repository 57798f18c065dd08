import { ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { MODULE_KINDS, PATH_AUDIENCES, PATH_LEVELS, type ModuleInput, type ModuleKind, type PathAudience, type PathInput, type PathLevel } from './types.js';

export const TRAINING_LIMITS = { title: 120, summary: 500, description: 1000, url: 2000, minutes: 24 * 60, modules: 60, slug: 60 } as const;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined => list.find((x) => x === str(v));

/** "Governance for admins" → "governance-for-admins", "Überblick" → "uberblick"; "" when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TRAINING_LIMITS.slug)
    .replace(/-+$/, '');
}

/** The title message when no short name can be made from it: punctuation, dashes or emoji only. */
export const TITLE_WITHOUT_LETTERS = 'The title needs at least one letter or digit: the path’s short name is made from it.';

/** One field: its own words (the tab shows them next to it and an API caller reads them); several: their names. */
function fail(fields: Record<string, string>, prefix = ''): never {
  const entries = Object.entries(fields);
  const message = entries.length === 1 && !prefix ? entries[0]![1] : `Please check: ${entries.map(([k]) => prefix + k).join(', ')}.`;
  throw new ValidationError(message, Object.fromEntries(entries.map(([k, v]) => [prefix + k, v])));
}

/**
 * Checks a path's own fields (not its modules). A missing slug is made from the title; a title with
 * letters but none that spell a slug (Japanese, Cyrillic…) gets `path-` and a random tail instead.
 */
export function checkPathInput(raw: Record<string, unknown>): PathInput {
  const fields: Record<string, string> = {};
  const title = str(raw.title);
  if (!title) fields.title = 'Give the path a title.';
  else if (title.length > TRAINING_LIMITS.title) fields.title = `Keep the title under ${TRAINING_LIMITS.title} characters.`;
  const summary = str(raw.summary);
  if (summary.length > TRAINING_LIMITS.summary) fields.summary = `Keep the summary under ${TRAINING_LIMITS.summary} characters.`;
  let slug = str(raw.slug);
  if (!slug && !fields.title) {
    slug = slugify(title);
    if (!slug && /[\p{L}\p{N}]/u.test(title)) slug = `path-${newId().replace(/-/g, '').slice(-12)}`;
    // Not "Please check: slug.": the admin never typed a slug, so say what to change in the title.
    if (!slug) fields.title = TITLE_WITHOUT_LETTERS;
  }
  if (slug && (!/^[a-z0-9][a-z0-9-]*$/.test(slug) || slug.length > TRAINING_LIMITS.slug)) fields.slug = 'Use lowercase letters, digits and dashes.';
  const audience = oneOf<PathAudience>(PATH_AUDIENCES, raw.audience);
  if (!audience) fields.audience = `Choose one of: ${PATH_AUDIENCES.join(', ')}.`;
  const level = oneOf<PathLevel>(PATH_LEVELS, raw.level);
  if (!level) fields.level = `Choose one of: ${PATH_LEVELS.join(', ')}.`;
  if (Object.keys(fields).length) fail(fields);
  return { slug, title, summary, audience: audience!, level: level! };
}

/** Checks a module; `prefix` names it in messages ("modules.3.") when a whole path is checked. */
export function checkModuleInput(raw: Record<string, unknown>, prefix = ''): ModuleInput {
  const fields: Record<string, string> = {};
  const title = str(raw.title);
  if (!title) fields.title = 'Give the module a title.';
  else if (title.length > TRAINING_LIMITS.title) fields.title = `Keep the title under ${TRAINING_LIMITS.title} characters.`;
  const description = str(raw.description);
  if (description.length > TRAINING_LIMITS.description) fields.description = `Keep the description under ${TRAINING_LIMITS.description} characters.`;
  let url = str(raw.url);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || url.length > TRAINING_LIMITS.url) throw new Error('not https');
    url = parsed.toString();
  } catch {
    fields.url = 'Enter the full https:// link of the module.';
  }
  const minutes = typeof raw.minutes === 'string' ? Number(raw.minutes) : raw.minutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > TRAINING_LIMITS.minutes)
    fields.minutes = `Estimated minutes: a whole number from 1 to ${TRAINING_LIMITS.minutes}.`;
  const kind = oneOf<ModuleKind>(MODULE_KINDS, raw.kind);
  if (!kind) fields.kind = `Choose one of: ${MODULE_KINDS.join(', ')}.`;
  if (Object.keys(fields).length) fail(fields, prefix);
  return { title, description, url, minutes: minutes as number, kind: kind! };
}
