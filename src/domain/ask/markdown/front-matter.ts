import { parse } from 'yaml';

export interface FrontMatter {
  title?: string;
  description?: string;
  /** Where the document lives on the web (`url`, `source_url` or `canonical_url`), if it says. */
  url?: string;
  tags?: string[];
}

export interface ParsedFile {
  frontMatter: FrontMatter;
  body: string;
  /** Set when the front matter was present but not valid YAML (the body is still used). */
  problem?: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Removes a byte-order mark and CRLF line endings: files come from Windows editors and Git checkouts alike. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Splits YAML front matter (title, description, url, tags) from the Markdown body. Broken front
 * matter does not lose the document: the body is kept and the problem reported.
 */
export function parseFrontMatter(raw: string): ParsedFile {
  const text = normalizeNewlines(raw);
  const match = FENCE.exec(text);
  if (!match) return { frontMatter: {}, body: text };
  const body = text.slice(match[0].length);
  try {
    const data = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
    if (typeof data !== 'object' || Array.isArray(data)) return { frontMatter: {}, body, problem: 'front matter is not a mapping' };
    const tags = Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === 'string') : typeof data.tags === 'string' ? data.tags.split(',').map((t) => t.trim()).filter(Boolean) : undefined;
    return {
      frontMatter: {
        title: str(data.title),
        description: str(data.description),
        url: str(data.url) ?? str(data.source_url) ?? str(data.canonical_url),
        tags,
      },
      body,
    };
  } catch (error) {
    return { frontMatter: {}, body, problem: `front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})` };
  }
}

/**
 * Page titles often carry a site suffix ("Sandbox environments | MicrosoftDocs",
 * "… - Microsoft Power Platform"); a card shows the part a person recognises.
 */
export function cleanTitle(title: string): string {
  const first = title.split(/\s+\|\s*|\s*\|\s+/)[0] ?? title;
  return first
    .replace(/\s+-\s+Microsoft Power Platform\s*$/i, '')
    .replace(/\s*\(contains video\)\s*/i, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
