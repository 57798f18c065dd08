/**
 * The languages Maker Hub speaks, and how a client's locale ("de-DE", "de-at", "fr-FR") maps to one
 * of them. Shared by the bot (activity.locale) and the tab (teams-js app.locale); anything unknown,
 * empty or malformed reads as English.
 */
export const LANGUAGES = ['en', 'de'] as const;

export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** "de-de" → "de-DE"; null when the text is no BCP 47 tag (Intl throws on those). */
export function canonicalLocale(locale: string | null | undefined): string | null {
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 64) return null;
  try {
    return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language for a client locale: its primary subtag when we have a catalogue for it, else English. */
export function languageOf(locale: string | null | undefined): Language {
  const tag = canonicalLocale(locale);
  const primary = tag?.split('-')[0]?.toLowerCase() ?? '';
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

/**
 * The locale dates and numbers are formatted in: the client's own ("de-AT", "en-GB") when we speak
 * its language, so regional conventions hold; plain English otherwise, so a French client does not
 * read English words around French dates.
 */
export function formatLocaleOf(locale: string | null | undefined): string {
  const tag = canonicalLocale(locale);
  return tag !== null && isLanguage(tag.split('-')[0]?.toLowerCase() ?? '') ? tag : DEFAULT_LANGUAGE;
}
