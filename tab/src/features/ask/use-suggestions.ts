import { useEffect, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { useDebounced } from '../stories/use-debounced';
import { askApi } from './api';
import type { SearchResult } from './types';

/** Shorter text matches too much to help; longer than the search API takes is a paste, not a search. */
const MIN_CHARS = 3;
const MAX_CHARS = 200;
/** Passages far below the best possible match are noise next to a half-typed question. */
const MIN_SCORE = 0.1;

/**
 * Knowledge-base topics matching what is being typed (GET /api/ask/search, nothing recorded),
 * once typing pauses. A failed search shows no suggestions: they are a shortcut, and asking the
 * question itself reports any problem.
 */
export function useSuggestions(text: string, enabled: boolean): readonly SearchResult[] {
  const client = useApiClient();
  const query = useDebounced(text.trim(), 250);
  const [results, setResults] = useState<readonly SearchResult[]>([]);
  const active = enabled && query.length >= MIN_CHARS && query.length <= MAX_CHARS;

  useEffect(() => {
    if (!active) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    askApi.search(client, query, 5, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setResults(found.results.filter((r) => r.score >= MIN_SCORE));
      },
      () => {
        if (!controller.signal.aborted) setResults([]);
      },
    );
    return () => controller.abort();
  }, [client, query, active]);

  return enabled ? results : [];
}
