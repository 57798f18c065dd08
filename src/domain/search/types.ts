/** What one search box finds: the knowledge base and what the CoE runs (training, events, stories). */
export const SEARCH_KINDS = ['faq', 'document', 'path', 'module', 'event', 'story'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

/** One findable thing, as the index holds it (only what everyone may see is ever made into one). */
export interface SearchItem {
  kind: SearchKind;
  id: string;
  title: string;
  /** The tab's page for the item, a path inside the tab ("/events/<id>"). */
  url: string;
  /** Words that describe the item without being its text (tags, type, the path a module is in). */
  keywords: string;
  /** Plain text the snippet is cut from. */
  text: string;
  /** What a card shows instead of the snippet (an FAQ entry's whole answer, Teams card Markdown). */
  card?: string;
}

/** A matched word's place in a string: [start, end) in UTF-16 code units, as JavaScript strings count. */
export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  url: string;
  /** Plain text (never markup): the client marks the `highlights` ranges itself. */
  snippet: string;
  highlights: { title: Highlight[]; snippet: Highlight[] };
  /** See SearchItem.card. */
  card?: string;
  score: number;
}
