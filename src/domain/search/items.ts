import { toPlainText, toTeamsMarkdown } from '../ask/markdown/render.js';
import type { FaqEntry, KbDocumentWithSections } from '../ask/types.js';
import type { CommunityContent } from './repository.js';
import type { SearchItem } from './types.js';

/**
 * The tab's pages for each kind. FAQ entries and documents open Ask with the question asked, so
 * the answer shows with its sources and the "ask an expert" way out; the rest open their own page.
 */
export const tabPaths = {
  ask: (question: string) => `/ask?q=${encodeURIComponent(question)}`,
  path: (pathId: string) => `/training/${encodeURIComponent(pathId)}`,
  module: (pathId: string, moduleId: string) => `/training/${encodeURIComponent(pathId)}#module-${encodeURIComponent(moduleId)}`,
  event: (eventId: string) => `/events/${encodeURIComponent(eventId)}`,
  story: (storyId: string) => `/stories/${encodeURIComponent(storyId)}`,
};

/** A long document is indexed and cut from its first part only (enough to say what it is about). */
const MAX_DOCUMENT_TEXT = 20_000;

export function faqItem(entry: FaqEntry): SearchItem {
  return {
    kind: 'faq',
    id: entry.id,
    title: entry.question,
    url: tabPaths.ask(entry.question),
    keywords: [...entry.alternates, ...entry.tags].join(' · '),
    text: toPlainText(entry.answer),
    card: toTeamsMarkdown(entry.answer),
  };
}

export function documentItem({ document, sections }: KbDocumentWithSections): SearchItem {
  const headings = sections.map((s) => s.heading).filter((h): h is string => !!h);
  const body = sections.map((s) => toPlainText(s.markdown)).join('\n');
  const text = [document.description ?? '', body].filter(Boolean).join('\n');
  return {
    kind: 'document',
    id: document.id,
    title: document.title,
    url: tabPaths.ask(document.title),
    keywords: headings.join(' · '),
    text: text.length > MAX_DOCUMENT_TEXT ? text.slice(0, MAX_DOCUMENT_TEXT) : text,
  };
}

/** Training paths and modules, scheduled events and published stories as search items. */
export function communityItems(content: CommunityContent): SearchItem[] {
  return [
    ...content.paths.map((p): SearchItem => ({ kind: 'path', id: p.id, title: p.title, url: tabPaths.path(p.id), keywords: `training path ${p.audience} ${p.level}`, text: p.summary })),
    ...content.modules.map(
      (m): SearchItem => ({
        kind: 'module',
        id: m.id,
        title: m.title,
        url: tabPaths.module(m.pathId, m.id),
        keywords: `${m.pathTitle} · training ${m.kind}`,
        text: `${m.description} (${m.minutes} min ${m.kind}, in ${m.pathTitle})`,
      }),
    ),
    ...content.events.map(
      (e): SearchItem => ({
        kind: 'event',
        id: e.id,
        title: e.title,
        url: tabPaths.event(e.id),
        keywords: [e.type.replace(/-/g, ' '), 'event', e.location ?? ''].join(' '),
        text: toPlainText(e.description),
      }),
    ),
    ...content.stories.map(
      (s): SearchItem => ({
        kind: 'story',
        id: s.id,
        title: s.title,
        url: tabPaths.story(s.id),
        keywords: [...s.products, s.department, 'story'].join(' · '),
        text: `${s.problem}\n${s.solution}`,
      }),
    ),
  ];
}
