import { stem } from './stemmer.js';
import { isStopWord } from './stop-words.js';
import { canonicalize, RELATED } from './vocabulary.js';

/**
 * Turns text into index terms, identically for documents and questions: lower case, accents and
 * apostrophes removed, Power Platform vocabulary made canonical, split into words, filler words
 * dropped, stemmed. Anything that differs between the two sides would silently cost recall.
 */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    if (isStopWord(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/** Lower-cased, canonical words before stop words and stemming (also used to show the normalized question). */
export function words(text: string): string[] {
  const lower = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
  return canonicalize(lower)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 || /\d/.test(w));
}

export interface RelatedTerm {
  term: string;
  weight: number;
}

let related: Map<string, RelatedTerm[]> | undefined;

/** RELATED compiled into index terms once: key term → extra terms with their weights. */
function relatedMap(): Map<string, RelatedTerm[]> {
  if (related) return related;
  related = new Map();
  for (const [key, extras] of Object.entries(RELATED)) {
    for (const k of analyze(key)) {
      const list = related.get(k) ?? [];
      for (const [phrase, weight] of extras) for (const term of analyze(phrase)) if (term !== k) list.push({ term, weight });
      related.set(k, list);
    }
  }
  return related;
}

/** Extra terms for a question's terms (none that the question already has), strongest weight kept. */
export function relatedTerms(terms: readonly string[]): RelatedTerm[] {
  const map = relatedMap();
  const have = new Set(terms);
  const best = new Map<string, number>();
  for (const term of terms) {
    for (const extra of map.get(term) ?? []) {
      if (have.has(extra.term)) continue;
      best.set(extra.term, Math.max(best.get(extra.term) ?? 0, extra.weight));
    }
  }
  return [...best].map(([term, weight]) => ({ term, weight }));
}
