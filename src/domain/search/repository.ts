/**
 * The community content search reads: only what every signed-in person may see (active training,
 * scheduled events, published stories) ever leaves the database through here.
 */
export interface CommunityContent {
  paths: Array<{ id: string; title: string; summary: string; audience: string; level: string }>;
  modules: Array<{ id: string; pathId: string; pathTitle: string; pathSummary: string; title: string; description: string; kind: string; minutes: number }>;
  events: Array<{ id: string; title: string; description: string; type: string; startsAt: string; location: string | null }>;
  stories: Array<{ id: string; title: string; problem: string; solution: string; department: string; products: string[] }>;
}

export interface SearchSourceRepository {
  /** Changes whenever any training path or module, event or story changes (a few aggregate reads). */
  communityFingerprint(): Promise<string>;
  community(): Promise<CommunityContent>;
}
