import type { ApiClient } from '../../lib/api-client';
import { searchKinds, type Highlight, type SearchKind, type SearchResult } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKind = (v: unknown): v is SearchKind => typeof v === 'string' && (searchKinds as readonly string[]).includes(v);

function decodeRanges(value: unknown): Highlight[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((r) => isObject(r) && typeof r['start'] === 'number' && typeof r['end'] === 'number') ? (value as Highlight[]) : undefined;
}

function decodeResult(value: unknown): SearchResult | undefined {
  if (!isObject(value) || !isKind(value['kind']) || !isObject(value['highlights'])) return undefined;
  if (!['id', 'title', 'url', 'snippet'].every((k) => typeof value[k] === 'string')) return undefined;
  const title = decodeRanges(value['highlights']['title']);
  const snippet = decodeRanges(value['highlights']['snippet']);
  if (!title || !snippet) return undefined;
  return { kind: value['kind'], id: value['id'] as string, title: value['title'] as string, url: value['url'] as string, snippet: value['snippet'] as string, highlights: { title, snippet } };
}

/** `GET /api/search`; a result of a kind this tab does not know yet is left out rather than failing the page. */
export function decodeSearch(value: unknown): SearchResult[] | undefined {
  if (!isObject(value) || !Array.isArray(value['results'])) return undefined;
  const known = value['results'].filter((r) => isObject(r) && isKind(r['kind']));
  const decoded = known.map(decodeResult);
  return decoded.every((r): r is SearchResult => r !== undefined) ? decoded : undefined;
}

export function searchPath(query: string, kinds: readonly SearchKind[]): string {
  const params = new URLSearchParams({ q: query });
  if (kinds.length) params.set('kind', kinds.join(','));
  return `/api/search?${params.toString()}`;
}

export const searchApi = {
  search: (client: ApiClient, query: string, kinds: readonly SearchKind[], signal?: AbortSignal): Promise<SearchResult[]> => client.get(searchPath(query, kinds), decodeSearch, signal),
};
