import { Lexer, type Token, type Tokens } from 'marked';
import { stripDocsExtensions } from './docs-flavour.js';
import { inlineText } from './render.js';

/** One citable part of a document: the text under one heading. */
export interface MarkdownSection {
  /** The heading's text; null for what comes before the first sub-heading (the document's introduction). */
  heading: string | null;
  /** Heading level (1–3); 0 for the introduction. */
  level: number;
  /** URL fragment docs sites give the heading ("change-a-production-environment-to-sandbox"). */
  anchor: string | null;
  /** Headings of the enclosing sections (an H3's H2), for context in the index and on cards. */
  parents: string[];
  /** The section's Markdown, docs-site extensions removed, heading line excluded. */
  markdown: string;
}

export interface SplitDocument {
  /** The first level-1 heading, if any (a title when the front matter has none). */
  h1: string | null;
  sections: MarkdownSection[];
}

/** Headings deeper than this stay inside their parent section: an H4 alone is rarely a useful answer. */
const MAX_SECTION_LEVEL = 3;

/** The fragment docs sites generate from a heading. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/**
 * Splits a Markdown body into sections by heading (levels 1–3). The lexer, not a regex, finds the
 * headings, so a `#` inside a code block or a setext heading is read correctly. Sections with no
 * text of their own (a heading directly followed by a sub-heading) are left out.
 */
export function splitSections(body: string): SplitDocument {
  const tokens = Lexer.lex(stripDocsExtensions(body));
  let h1: string | null = null;
  const sections: MarkdownSection[] = [];
  let current: MarkdownSection = { heading: null, level: 0, anchor: null, parents: [], markdown: '' };
  /** Open headings by level (index 2 = the current H2), for `parents`. */
  const open: string[] = [];
  const flush = () => {
    current.markdown = current.markdown.replace(/\n{3,}/g, '\n\n').trim();
    if (/[\p{L}\p{N}]/u.test(current.markdown)) sections.push(current);
  };
  for (const token of tokens as Token[]) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth <= MAX_SECTION_LEVEL) {
      const heading = token as Tokens.Heading;
      const text = inlineText(heading.tokens).trim();
      if (heading.depth === 1 && h1 === null && sections.length === 0 && !current.markdown.trim()) {
        // The page title: what follows it is the introduction, not a section named after the page.
        h1 = text;
        continue;
      }
      flush();
      open.length = heading.depth;
      const parents = open.slice(2).filter(Boolean);
      open[heading.depth] = text;
      current = { heading: text || null, level: heading.depth, anchor: text ? headingAnchor(text) : null, parents, markdown: '' };
      continue;
    }
    current.markdown += token.raw;
  }
  flush();
  return { h1, sections };
}
