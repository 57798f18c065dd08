import { ValidationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { MODULE_KINDS, PATH_AUDIENCES, PATH_LEVELS, type ModuleInput, type ModuleKind, type PathAudience, type PathInput, type PathLevel } from './types.js';
import { render, say, type ErrorText } from '../shared/error-text.js';

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
const TITLE_WITHOUT_LETTERS_TEXT = say('errors.training.field.titleWithoutLetters');
export const TITLE_WITHOUT_LETTERS = render(TITLE_WITHOUT_LETTERS_TEXT);

/** One field: its own words (the tab shows them next to it and an API caller reads them); several: their names. */
function fail(fields: Record<string, ErrorText>, prefix = ''): never {
  const entries = Object.entries(fields);
  const message = entries.length === 1 && !prefix ? entries[0]![1] : say('errors.checkFields', { fields: entries.map(([k]) => prefix + k).join(', ') });
  throw new ValidationError(message, Object.fromEntries(entries.map(([k, v]) => [prefix + k, v])));
}

/**
 * Checks a path's own fields (not its modules). A missing slug is made from the title; a title with
 * letters but none that spell a slug (Japanese, Cyrillic…) gets `path-` and a random tail instead.
 */
export function checkPathInput(raw: Record<string, unknown>): PathInput {
  const fields: Record<string, ErrorText> = {};
  const title = str(raw.title);
  if (!title) fields.title = say('errors.training.field.pathTitle');
  else if (title.length > TRAINING_LIMITS.title) fields.title = say('errors.training.field.titleTooLong', { max: TRAINING_LIMITS.title });
  const summary = str(raw.summary);
  if (summary.length > TRAINING_LIMITS.summary) fields.summary = say('errors.training.field.summaryTooLong', { max: TRAINING_LIMITS.summary });
  let slug = str(raw.slug);
  if (!slug && !fields.title) {
    slug = slugify(title);
    if (!slug && /[\p{L}\p{N}]/u.test(title)) slug = `path-${newId().replace(/-/g, '').slice(-12)}`;
    // Not "Please check: slug.": the admin never typed a slug, so say what to change in the title.
    if (!slug) fields.title = TITLE_WITHOUT_LETTERS_TEXT;
  }
  if (slug && (!/^[a-z0-9][a-z0-9-]*$/.test(slug) || slug.length > TRAINING_LIMITS.slug)) fields.slug = say('errors.training.field.slug');
  const audience = oneOf<PathAudience>(PATH_AUDIENCES, raw.audience);
  if (!audience) fields.audience = say('errors.training.field.chooseOneOf', { options: PATH_AUDIENCES.join(', ') });
  const level = oneOf<PathLevel>(PATH_LEVELS, raw.level);
  if (!level) fields.level = say('errors.training.field.chooseOneOf', { options: PATH_LEVELS.join(', ') });
  if (Object.keys(fields).length) fail(fields);
  return { slug, title, summary, audience: audience!, level: level! };
}

/** Checks a module; `prefix` names it in messages ("modules.3.") when a whole path is checked. */
export function checkModuleInput(raw: Record<string, unknown>, prefix = ''): ModuleInput {
  const fields: Record<string, ErrorText> = {};
  const title = str(raw.title);
  if (!title) fields.title = say('errors.training.field.moduleTitle');
  else if (title.length > TRAINING_LIMITS.title) fields.title = say('errors.training.field.titleTooLong', { max: TRAINING_LIMITS.title });
  const description = str(raw.description);
  if (description.length > TRAINING_LIMITS.description) fields.description = say('errors.training.field.descriptionTooLong', { max: TRAINING_LIMITS.description });
  let url = str(raw.url);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || url.length > TRAINING_LIMITS.url) throw new Error('not https');
    url = parsed.toString();
  } catch {
    fields.url = say('errors.training.field.url');
  }
  const minutes = typeof raw.minutes === 'string' ? Number(raw.minutes) : raw.minutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > TRAINING_LIMITS.minutes)
    fields.minutes = say('errors.training.field.minutes', { max: TRAINING_LIMITS.minutes });
  const kind = oneOf<ModuleKind>(MODULE_KINDS, raw.kind);
  if (!kind) fields.kind = say('errors.training.field.chooseOneOf', { options: MODULE_KINDS.join(', ') });
  if (Object.keys(fields).length) fail(fields, prefix);
  return { title, description, url, minutes: minutes as number, kind: kind! };
}
