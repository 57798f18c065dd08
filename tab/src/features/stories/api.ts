import type { ApiClient } from '../../lib/api-client';
import { decodeDeleted, decodeGallery, decodeKudos, decodeOptions, decodeStoryEnvelope, decodeStoryList } from './decoders';
import type { Gallery, GalleryFilter, ModerationDecision, StoryDraft, StoryOptions, StoryView } from './types';

const path = (id: string) => `/api/stories/${encodeURIComponent(id)}`;

/** The query string of a gallery filter (empty parts left out). */
export function filterQuery(filter: GalleryFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Typed access to the story endpoints (src/server/routes/stories.ts), checked at runtime. */
export const storiesApi = {
  gallery: (client: ApiClient, filter: GalleryFilter, signal?: AbortSignal): Promise<Gallery> => client.get(`/api/stories${filterQuery(filter)}`, decodeGallery, signal),
  story: (client: ApiClient, id: string, signal?: AbortSignal): Promise<StoryView> => client.get(path(id), decodeStoryEnvelope, signal),
  mine: (client: ApiClient, signal?: AbortSignal): Promise<StoryView[]> => client.get('/api/stories/mine', decodeStoryList, signal),
  review: (client: ApiClient, signal?: AbortSignal): Promise<StoryView[]> => client.get('/api/stories/review', decodeStoryList, signal),
  options: (client: ApiClient, signal?: AbortSignal): Promise<StoryOptions> => client.get('/api/stories/options', decodeOptions, signal),
  submit: (client: ApiClient, draft: StoryDraft, submissionKey: string): Promise<StoryView> => client.send('POST', '/api/stories', { ...draft, submissionKey }, decodeStoryEnvelope),
  update: (client: ApiClient, id: string, draft: StoryDraft, version: number): Promise<StoryView> => client.send('PUT', path(id), { ...draft, version }, decodeStoryEnvelope),
  remove: (client: ApiClient, id: string): Promise<true> => client.send('DELETE', path(id), undefined, decodeDeleted),
  kudos: (client: ApiClient, id: string) => client.send('POST', `${path(id)}/kudos`, {}, decodeKudos),
  moderate: (client: ApiClient, id: string, decision: ModerationDecision, comment: string, version: number): Promise<StoryView> =>
    client.send('POST', `${path(id)}/moderation`, { decision, comment, version }, decodeStoryEnvelope),
};
