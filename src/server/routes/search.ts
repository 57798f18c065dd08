import type { Server } from 'restify';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { isSearchKind, SEARCH_KINDS, type SearchKind } from '../../domain/search/types.js';
import type { TabAuthenticator } from '../auth/tab-auth.js';
import { signedIn } from './access.js';
import { apiRoute, parseInput } from './api-route.js';

const MAX_QUERY_CHARS = 200;

/** `kind` may be repeated (?kind=faq&kind=event) or comma-separated (?kind=faq,event). */
const kinds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean)))
  .superRefine((list, ctx) => {
    const unknown = list.find((k) => !isSearchKind(k));
    if (unknown !== undefined) ctx.addIssue({ code: 'custom', message: `"${unknown.slice(0, 40)}" is not a kind: use ${SEARCH_KINDS.join(', ')}` });
    if (list.length > SEARCH_KINDS.length * 2) ctx.addIssue({ code: 'custom', message: 'too many kinds' });
  });

const searchQuery = z.object({
  q: z.string({ required_error: 'type something to search for', invalid_type_error: 'give one search text' }).trim().min(1, 'type something to search for').max(MAX_QUERY_CHARS, `at most ${MAX_QUERY_CHARS} characters`),
  kind: kinds,
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** One search over the knowledge base, training, events and published stories (docs/search.md). */
export function mountSearch(server: Server, services: Services, auth: TabAuthenticator): void {
  server.get(
    '/api/search',
    apiRoute(auth, services.logger, signedIn(), async ({ req }) => {
      const query = parseInput(searchQuery as unknown as z.ZodType<{ q: string; kind: string[]; limit: number }>, req.query);
      const hits = await services.search.index.search(query.q, { kinds: new Set(query.kind as SearchKind[]), limit: query.limit });
      return { query: query.q, kinds: query.kind, results: hits.map(({ kind, id, title, url, snippet, highlights }) => ({ kind, id, title, url, snippet, highlights })) };
    }),
  );
}
