import type { Highlight } from './types.js';

/** Words as the search index splits them: letters and digits (any script). */
const WORD = /[\p{L}\p{N}]+/gu;

/** The index's terms of a text: its words, lower-cased. */
export function tokenize(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Where the words of `text` that are in `terms` (as the index matched them) are. */
export function highlightsOf(text: string, terms: ReadonlySet<string>): Highlight[] {
  const found: Highlight[] = [];
  for (const match of text.matchAll(WORD)) {
    if (terms.has(match[0].toLowerCase())) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const SNIPPET_CHARS = 180;
/** Characters of context kept before the first match. */
const LEAD = 50;

/**
 * A short plain-text window of `text` around the first matched word (the start when none is in
 * the text, e.g. a title-only match), cut at word boundaries, with its highlights.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>): { snippet: string; highlights: Highlight[] } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = highlightsOf(flat, terms)[0];
  let start = first && first.start > LEAD ? first.start - LEAD : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < (first?.start ?? 0) ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + SNIPPET_CHARS);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + SNIPPET_CHARS / 2) end = space;
  }
  const snippet = `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
  return { snippet, highlights: highlightsOf(snippet, terms) };
}
