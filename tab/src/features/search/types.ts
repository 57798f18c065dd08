/** What `GET /api/search` returns (src/server/routes/search.ts). */
export const searchKinds = ['faq', 'document', 'path', 'module', 'event', 'story'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** A matched word: [start, end) in the string, in UTF-16 code units. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

export interface SearchResult {
  readonly kind: SearchKind;
  readonly id: string;
  readonly title: string;
  /** The tab page of the item ("/events/…"). */
  readonly url: string;
  /** Plain text; the matched words are marked by `highlights`, never by markup from the server. */
  readonly snippet: string;
  readonly highlights: { readonly title: readonly Highlight[]; readonly snippet: readonly Highlight[] };
}
