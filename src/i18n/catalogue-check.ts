import type { Catalogue } from './catalogues.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** "a.b_one" → ["a.b_one", "text"] for every string in a nested catalogue. */
function leaves(catalogue: Catalogue, prefix = ''): Array<[string, string]> {
  return Object.entries(catalogue).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/** The {{variables}} of a message, sorted ("{{ count }}" and "{{count, number}}" read as "count"). */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Keys without plural suffix, each with its forms (suffix → text; "" for a key with no plural). */
function byBase(catalogue: Catalogue): Map<string, Map<string, string>> {
  const bases = new Map<string, Map<string, string>>();
  for (const [key, text] of leaves(catalogue)) {
    const suffix = PLURAL.exec(key)?.[1] ?? '';
    const base = suffix ? key.slice(0, -(suffix.length + 1)) : key;
    const forms = bases.get(base) ?? new Map<string, string>();
    forms.set(suffix, text);
    bases.set(base, forms);
  }
  return bases;
}

/**
 * What is wrong with a translation against the English source: missing or extra keys, plural
 * forms the language needs (Intl.PluralRules) but lacks, and {{variables}} that differ (a
 * translation that drops {{count}} or renames {{name}} would show the wrong or no value).
 */
export function catalogueProblems(source: Catalogue, translation: Catalogue, language: string): string[] {
  const problems: string[] = [];
  const want = byBase(source);
  const have = byBase(translation);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  for (const [base, forms] of want) {
    const theirs = have.get(base);
    if (!theirs) {
      problems.push(`${language}: missing "${base}"`);
      continue;
    }
    const plural = !forms.has('');
    if (plural) {
      for (const category of categories) if (!theirs.has(category)) problems.push(`${language}: "${base}" lacks the plural form "${category}"`);
    } else if (!theirs.has('')) problems.push(`${language}: "${base}" is plural here but not in English`);
    const expected = variables([...forms.values()].join(' ')).join(', ');
    const actual = variables([...theirs.values()].join(' ')).join(', ');
    if (expected !== actual) problems.push(`${language}: "${base}" uses {{${actual}}}, English uses {{${expected}}}`);
    for (const [suffix, text] of theirs) if (!text.trim()) problems.push(`${language}: "${base}${suffix ? `_${suffix}` : ''}" is empty`);
  }
  for (const base of have.keys()) if (!want.has(base)) problems.push(`${language}: "${base}" is not in English (a leftover or a typo)`);
  return problems;
}
