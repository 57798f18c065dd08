import type { FaqEntry, KbDocument, KbSection, Passage } from './types.js';

/** How an FAQ entry or expert answer is cited. */
export function entryPath(entry: Pick<FaqEntry, 'id' | 'kind'>): string {
  return `${entry.kind === 'expert' ? 'expert' : 'faq'}/${entry.id}`;
}

export function entryPassageId(entry: Pick<FaqEntry, 'id' | 'kind'>): string {
  return `${entry.kind}:${entry.id}`;
}

/** The passage of an FAQ entry or expert answer. */
export function entryPassage(entry: FaqEntry): Passage {
  const id = entryPassageId(entry);
  return {
    id,
    kind: entry.kind,
    groupKey: id,
    path: entryPath(entry),
    title: entry.question,
    heading: null,
    parents: [],
    description: '',
    phrasings: [entry.question, ...entry.alternates],
    tags: entry.tags,
    markdown: entry.answer,
    url: entry.link,
    linkBase: entry.link,
  };
}

export function documentGroupKey(documentId: string): string {
  return `doc:${documentId}`;
}

/** The passages of a document, one per section; each links to its own heading when the document has a URL. */
export function documentPassages(document: KbDocument, sections: readonly KbSection[]): Passage[] {
  return sections.map((section) => ({
    id: `doc:${section.id}`,
    kind: 'doc' as const,
    groupKey: documentGroupKey(document.id),
    path: document.path,
    title: document.title,
    heading: section.heading,
    parents: section.parents,
    description: document.description ?? '',
    phrasings: [],
    tags: [],
    markdown: section.markdown,
    url: document.url ? (section.anchor ? `${document.url}#${section.anchor}` : document.url) : null,
    linkBase: document.url,
  }));
}
