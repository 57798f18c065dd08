import { createHash } from 'node:crypto';
import { cleanTitle, parseFrontMatter } from './markdown/front-matter.js';
import { splitSections, type MarkdownSection } from './markdown/sections.js';

/**
 * Bumped when parsing changes, so the next ingest re-reads unchanged files too (the version is
 * part of every content hash).
 */
export const PARSER_VERSION = 1;

/** A Markdown file read into a title, description, link and sections, ready to store. */
export interface ParsedDocument {
  path: string;
  title: string;
  description: string | null;
  url: string | null;
  contentHash: string;
  sections: MarkdownSection[];
  /** A non-fatal problem (broken front matter) worth telling the operator about. */
  problem?: string;
}

/** sha256 of the parser version and the file's bytes. */
export function contentHash(content: string): string {
  return createHash('sha256').update(`v${PARSER_VERSION}\n`).update(content).digest('hex');
}

function titleFromPath(path: string): string {
  const name = path.split('/').pop()?.replace(/\.(md|markdown)$/i, '') ?? path;
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The web address of a document ingested with a base URL: `admin/create-environment.md` under
 * `https://learn.microsoft.com/power-platform/` is `…/power-platform/admin/create-environment`.
 */
export function documentUrl(path: string, baseUrl: string | null | undefined): string | null {
  if (!baseUrl) return null;
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  try {
    return new URL(path.replace(/\.(md|markdown)$/i, '').replace(/(^|\/)index$/i, '$1'), base).toString();
  } catch {
    return null;
  }
}

/**
 * Reads one Markdown file. The title is the front matter's (site suffix removed), else the first
 * level-1 heading, else the file name; the description is the front matter's.
 */
export function parseDocument(path: string, content: string, options: { baseUrl?: string | null } = {}): ParsedDocument {
  const { frontMatter, body, problem } = parseFrontMatter(content);
  const { h1, sections } = splitSections(body);
  const title = cleanTitle(frontMatter.title ?? h1 ?? '') || titleFromPath(path);
  return {
    path,
    title,
    description: frontMatter.description ?? null,
    url: frontMatter.url ?? documentUrl(path, options.baseUrl),
    contentHash: contentHash(content),
    sections,
    ...(problem ? { problem } : {}),
  };
}
