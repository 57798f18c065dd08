import type { TFunction } from 'i18next';

/** Makers' own words, each in the language's quotation marks (“…” in English, „…“ in German). */
export function quoted(texts: readonly string[], t: TFunction): string {
  return texts.map((text) => t('insights.quote', { text })).join(', ');
}
