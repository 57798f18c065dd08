import { PRODUCT_LABEL, STORY_PRODUCTS, type StoryInput } from './types.js';
import { render, say, type ErrorKey, type ErrorText } from '../shared/error-text.js';

/**
 * A story as a form holds it: every field as typed (card inputs are strings; a multi-select is
 * "a,b"), so a rejected submission can be shown again exactly as it was entered.
 */
export interface StoryDraft {
  title?: string;
  problem?: string;
  solution?: string;
  products?: string | readonly string[];
  hoursSavedPerMonth?: string | number;
  peopleServed?: string | number;
  costAvoided?: string | number;
  currency?: string;
  department?: string;
  imageUrl?: string;
  /** An uploaded picture's id; '' or null removes it; absent on an edit = keep the current one. */
  imageId?: string | null;
  linkUrl?: string;
}

/** A field of the story form. */
export type StoryField = keyof StoryDraft;

/** The outcome of checking a draft: the input when it is fine, the problems per field otherwise. */
export interface StoryVerdict {
  /** Present when every field is acceptable. */
  input?: StoryInput;
  /** Field name → what is wrong, written for the author. */
  fields: Partial<Record<StoryField, string>>;
  /** The same as catalogue keys, so the author reads it in their language. */
  texts: Partial<Record<StoryField, ErrorText>>;
}

/** Lengths the form, the cards and the database agree on. */
export const STORY_LIMITS = {
  title: { min: 5, max: 120 },
  problem: { min: 20, max: 2000 },
  solution: { min: 20, max: 2000 },
  department: { min: 2, max: 80 },
  url: { max: 2000 },
  hours: { max: 100_000 },
  people: { max: 10_000_000 },
  cost: { max: 1_000_000_000 },
} as const;

// Control characters other than tab and newline never belong in a story; they are dropped, not refused.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const str = (v: unknown): string => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim() : typeof v === 'number' ? String(v) : '');

/** One line for titles and departments: newlines and runs of spaces become one space. */
const line = (v: unknown): string => str(v).replace(/\s+/g, ' ');

/** The draft's text of a field, for showing it again in a form. */
export function draftText(draft: StoryDraft, field: Exclude<StoryField, 'products'>): string {
  const value = draft[field];
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
}

/** The products a draft names, as typed: "a,b" from a multi-select card input or an array from the tab. */
export function draftProducts(draft: StoryDraft): string[] {
  const raw = draft.products;
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  return list.map((p) => p.trim()).filter(Boolean);
}

function text(fields: StoryVerdict['texts'], field: 'title' | 'problem' | 'solution' | 'department', value: string, missing: ErrorKey): void {
  const { min, max } = STORY_LIMITS[field];
  if (!value) fields[field] = say(missing);
  else if (value.length < min) fields[field] = say('errors.stories.field.moreChars', { min, length: value.length });
  else if (value.length > max) fields[field] = say('errors.stories.field.tooLong', { max, length: value.length });
}

/** A number as typed: empty is null, anything else must be a plain non-negative number within `max`. */
function amount(raw: unknown, max: number, decimals: boolean): number | null | 'invalid' {
  const s = str(raw).replace(/[\s_]/g, '');
  if (!s) return null;
  const pattern = decimals ? /^\d{1,10}(\.\d{1,2})?$/ : /^\d{1,10}$/;
  if (!pattern.test(s)) return 'invalid';
  const n = Number(s);
  return n <= max ? n : 'invalid';
}

/** A web address with an allowed scheme and a host, or why not. */
function url(raw: unknown, schemes: readonly string[]): { value: string | null; problem?: ErrorText } {
  const s = str(raw);
  if (!s) return { value: null };
  if (s.length > STORY_LIMITS.url.max) return { value: null, problem: say('errors.stories.field.urlTooLong', { max: STORY_LIMITS.url.max }) };
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    return { value: null, problem: say('errors.stories.field.notUrl') };
  }
  if (!schemes.includes(parsed.protocol) || !parsed.hostname) return { value: null, problem: say(schemes.length === 1 ? 'errors.stories.field.httpsOnly' : 'errors.stories.field.httpOnly') };
  if (parsed.username || parsed.password) return { value: null, problem: say('errors.stories.field.noCredentials') };
  return { value: parsed.toString() };
}

/**
 * Whether a picture's host is on the allow-list, with the Content-Security-Policy's meaning:
 * `*.example.com` is any subdomain of example.com (not example.com itself), anything else exactly.
 */
export function imageHostAllowed(hostname: string, hosts: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) && host.length > h.length - 1 : host === h));
}

/**
 * Checks a draft. Every problem is reported at once, next to its field; `currencies` are the ISO
 * codes the CoE accepts for "cost avoided" and `imageHosts` where pictures may come from
 * (configuration; absent = not restricted, for tools and tests).
 */
export function checkStoryDraft(draft: StoryDraft, currencies: readonly string[], imageHosts?: readonly string[]): StoryVerdict {
  const fields: StoryVerdict['texts'] = {};
  const title = line(draft.title);
  const problem = str(draft.problem);
  const solution = str(draft.solution);
  const department = line(draft.department);
  text(fields, 'title', title, 'errors.stories.field.addTitle');
  text(fields, 'problem', problem, 'errors.stories.field.addProblem');
  text(fields, 'solution', solution, 'errors.stories.field.addSolution');
  text(fields, 'department', department, 'errors.stories.field.addDepartment');

  const named = draftProducts(draft);
  const products = STORY_PRODUCTS.filter((p) => named.some((n) => n === p || n.toLowerCase() === PRODUCT_LABEL[p].toLowerCase()));
  const unknown = named.filter((n) => !STORY_PRODUCTS.some((p) => n === p || n.toLowerCase() === PRODUCT_LABEL[p].toLowerCase()));
  if (unknown.length) fields.products = say('errors.stories.field.productsFrom', { options: STORY_PRODUCTS.map((p) => PRODUCT_LABEL[p]).join(', ') });
  else if (!products.length) fields.products = say('errors.stories.field.productsNone');

  const hours = amount(draft.hoursSavedPerMonth, STORY_LIMITS.hours.max, true);
  if (hours === 'invalid') fields.hoursSavedPerMonth = say('errors.stories.field.hours');
  const people = amount(draft.peopleServed, STORY_LIMITS.people.max, false);
  if (people === 'invalid') fields.peopleServed = say('errors.stories.field.people');
  const cost = amount(draft.costAvoided, STORY_LIMITS.cost.max, false);
  if (cost === 'invalid') fields.costAvoided = say('errors.stories.field.cost');
  const currencyText = str(draft.currency).toUpperCase();
  const currency = currencies.find((c) => c === currencyText) ?? null;
  if (currencyText && !currency) fields.currency = say('errors.stories.field.currencyOneOf', { options: currencies.join(', ') });
  else if (typeof cost === 'number' && !currency) fields.currency = say('errors.stories.field.currencyMissing');
  if (hours === null && people === null && cost === null)
    fields.hoursSavedPerMonth ??= say('errors.stories.field.impact');

  const image = url(draft.imageUrl, ['https:']);
  if (image.problem) fields.imageUrl = image.problem;
  else if (image.value && imageHosts && !imageHostAllowed(new URL(image.value).hostname, imageHosts))
    fields.imageUrl = imageHosts.length ? say('errors.stories.field.imageHosts', { hosts: imageHosts.join(', ') }) : say('errors.stories.field.noImages');
  const imageId = typeof draft.imageId === 'string' && draft.imageId.trim() ? draft.imageId.trim() : null;
  if (imageId && !/^[0-9a-f-]{36}$/i.test(imageId)) fields.imageId = say('errors.stories.pictureUnavailable');
  else if (imageId && image.value) fields.imageUrl = say('errors.stories.field.pictureOrAddress');
  const link = url(draft.linkUrl, ['https:', 'http:']);
  if (link.problem) fields.linkUrl = link.problem;

  const verdict = { fields: Object.fromEntries(Object.entries(fields).map(([name, text]) => [name, render(text)])), texts: fields };
  if (Object.keys(fields).length || hours === 'invalid' || people === 'invalid' || cost === 'invalid') return verdict;
  return {
    ...verdict,
    input: {
      title,
      problem,
      solution,
      products: [...products],
      hoursSavedPerMonth: hours,
      peopleServed: people,
      costAvoided: cost,
      // A currency chosen without an amount means nothing; the default currency is often preselected.
      currency: cost === null ? null : currency,
      department,
      imageUrl: image.value,
      imageId,
      linkUrl: link.value,
    },
  };
}

/** Turns an accepted input back into a draft (to prefill an edit form). */
export function draftOf(input: StoryInput): StoryDraft {
  const n = (v: number | null) => (v === null ? '' : String(v));
  return {
    title: input.title,
    problem: input.problem,
    solution: input.solution,
    products: [...input.products],
    hoursSavedPerMonth: n(input.hoursSavedPerMonth),
    peopleServed: n(input.peopleServed),
    costAvoided: n(input.costAvoided),
    currency: input.currency ?? '',
    department: input.department,
    imageUrl: input.imageUrl ?? '',
    imageId: input.imageId ?? '',
    linkUrl: input.linkUrl ?? '',
  };
}
