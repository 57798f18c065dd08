import type { CommunityContent } from '../search/repository.js';
import { tabPaths } from '../search/items.js';
import type { Store } from '../store.js';
import type { KnowledgeIndex } from './search-index.js';
import type { Passage } from './types.js';

/** A tab path ("/training/…") as a link that works where the answer is shown (chat card or tab). */
export type TabUrl = (tabPath: string) => string;

/** `about`: what the item teaches or is about in one line (a module's description), read like an FAQ entry's phrasing. */
function passage(kind: 'path' | 'module' | 'event' | 'story', id: string, title: string, about: string, parents: string[], tags: string[], markdown: string, url: string): Passage {
  const key = `${kind}:${id}`;
  return { id: key, kind, groupKey: key, path: `${kind}/${id}`, title, heading: null, parents, description: '', phrasings: [title, about].filter(Boolean), tags, markdown, url, linkBase: url };
}

/**
 * What the CoE runs, as answerable passages: active training paths and modules, scheduled events
 * and published stories, each citing its page in the tab. Only what everyone may see.
 */
export function communityPassages(content: CommunityContent, tabUrl: TabUrl): Passage[] {
  return [
    ...content.paths.map((p) => passage('path', p.id, p.title, p.summary, [], ['training', p.audience, p.level], `${p.summary}\n\nA training path in Maker Hub.`, tabUrl(tabPaths.path(p.id)))),
    ...content.modules.map((m) =>
      passage('module', m.id, m.title, m.description, [m.pathTitle], ['training', m.kind], `${m.description}\n\nA ${m.minutes}-minute ${m.kind} in the training path **${m.pathTitle}**.`, tabUrl(tabPaths.module(m.pathId, m.id))),
    ),
    ...content.events.map((e) => passage('event', e.id, e.title, '', [], ['event', e.type], `${e.description}\n\nA CoE ${e.type.replace(/-/g, ' ')} event, ${e.startsAt.slice(0, 10)}.`, tabUrl(tabPaths.event(e.id)))),
    ...content.stories.map((s) => passage('story', s.id, s.title, '', [], ['story', ...s.products], `${s.problem}\n\n${s.solution}`, tabUrl(tabPaths.story(s.id)))),
  ];
}

/**
 * Keeps the community passages of the knowledge index equal to the database: one fingerprint read
 * per check (see SearchSourceRepository), and a re-read of the content only when it moved.
 */
export class CommunityKnowledge {
  private print: string | null = null;
  private indexed = new WeakMap<KnowledgeIndex, Map<string, string>>();

  constructor(
    private readonly store: Store,
    private readonly tabUrl: TabUrl,
  ) {}

  /** Brings `index` up to date (`fresh`: a new index that has none of them yet). */
  async sync(index: KnowledgeIndex, fresh = false): Promise<void> {
    const print = await this.store.repos.search.communityFingerprint();
    if (!fresh && print === this.print && this.indexed.has(index)) return;
    const passages = communityPassages(await this.store.repos.search.community(), this.tabUrl);
    const before = this.indexed.get(index) ?? new Map<string, string>();
    const after = new Map<string, string>();
    for (const p of passages) {
      const json = JSON.stringify(p);
      after.set(p.groupKey, json);
      if (before.get(p.groupKey) !== json) index.replaceGroup(p.groupKey, [p]);
    }
    for (const key of before.keys()) if (!after.has(key)) index.removeGroup(key);
    this.indexed.set(index, after);
    this.print = print;
  }
}
