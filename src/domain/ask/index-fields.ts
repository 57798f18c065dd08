import { toPlainText } from './markdown/render.js';
import type { Passage } from './types.js';

/** What MiniSearch indexes for a passage or a whole source; every field goes through the same analyzer. */
export interface IndexedFields {
  id: string;
  title: string;
  headings: string;
  description: string;
  text: string;
}

/**
 * Every source fills the same four fields, so BM25's per-field statistics are shared: an FAQ
 * entry's question is its title, its alternate phrasings are its headings, its tags its
 * description. (Fields only FAQ entries had gave any word in them a huge IDF, and a curated entry
 * mentioning "app" outranked a document section about the exact question.)
 */
export const FIELDS = ['title', 'headings', 'description', 'text'] as const;

/**
 * Field boosts: a title or heading that matches says far more than a word deep in a long
 * section. Varying them ±50% moved bench:qa by one question either way, so they are round
 * numbers rather than fitted ones (docs/benchmarks.md).
 */
export const FIELD_BOOST: Readonly<Record<(typeof FIELDS)[number], number>> = { title: 3, headings: 2, description: 1.5, text: 1 };

/** Fields that say what a source is about (as opposed to its body text). */
export const TOPIC_FIELDS: ReadonlySet<string> = new Set(['title', 'headings']);

export function passageFields(p: Passage): IndexedFields {
  if (p.kind !== 'doc') {
    const [question = p.title, ...alternates] = p.phrasings;
    return { id: p.id, title: question, headings: alternates.join('\n'), description: p.tags.join(' '), text: toPlainText(p.markdown) };
  }
  return { id: p.id, title: p.title, headings: [p.heading ?? '', ...p.parents].join('\n'), description: p.description, text: toPlainText(p.markdown) };
}

/** A whole source (all sections of a document) as one indexed unit, for document-level relevance. */
export function sourceFields(groupKey: string, parts: readonly IndexedFields[]): IndexedFields | undefined {
  const first = parts[0];
  if (!first) return undefined;
  return {
    id: groupKey,
    title: first.title,
    headings: parts.map((p) => p.headings).join('\n'),
    description: first.description,
    text: parts.map((p) => p.text).join('\n'),
  };
}
