import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/domain/ask/document-parser.js';
import { documentPassages, entryPassage } from '../src/domain/ask/passages.js';
import { checkFaqInput } from '../src/domain/ask/faq-input.js';
import { readStarterFaq } from '../src/seed/ask.js';
import type { KbDocument, KbSection, Passage } from '../src/domain/ask/types.js';

/** Every Markdown file under a folder, as relative paths with forward slashes. */
export function markdownFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir)).sort()) {
    if (name.startsWith('.')) continue;
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...markdownFiles(root, rel));
    else if (/\.(md|markdown)$/i.test(name)) out.push(rel);
  }
  return out;
}

/** The corpus as passages, parsed exactly as `kb ingest` parses it, without a database. */
export function loadCorpus(root: string): Passage[] {
  const passages: Passage[] = [];
  for (const [i, rel] of markdownFiles(root).entries()) {
    const parsed = parseDocument(rel, readFileSync(path.join(root, rel), 'utf8'));
    const document: KbDocument = {
      id: `d${i}`,
      root,
      path: rel,
      title: parsed.title,
      description: parsed.description,
      url: parsed.url,
      contentHash: parsed.contentHash,
      sectionCount: parsed.sections.length,
      ingestedAt: '',
      updatedAt: '',
    };
    const sections: KbSection[] = parsed.sections.map((s, n) => ({ id: `d${i}s${n}`, documentId: document.id, ordinal: n, heading: s.heading, level: s.level, anchor: s.anchor, parents: s.parents, markdown: s.markdown }));
    passages.push(...documentPassages(document, sections));
  }
  return passages;
}

/** The starter FAQ (content/faq) as passages, exactly as seeding stores them. */
export function loadStarterFaq(contentDir: string): Passage[] {
  return readStarterFaq(contentDir).map((input) => entryPassage({ ...checkFaqInput(input), id: input.id!, kind: 'faq', ticketId: null, origin: 'seed', version: 1, createdAt: '', updatedAt: '' }));
}
