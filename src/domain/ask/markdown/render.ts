import { Lexer, type Token, type Tokens } from 'marked';

/** Resolves a link found in a document; returns undefined to show the text without a link. */
export type LinkResolver = (href: string) => string | undefined;

const noLinks: LinkResolver = (href) => (/^https?:\/\//i.test(href) ? href : undefined);

/** Characters that would start Markdown formatting in a card when they come from plain text. */
function escapeInline(text: string): string {
  return text.replace(/([\\*_[\]`])/g, '\\$1');
}

/** Inline tokens as Teams card Markdown: bold, italic and links survive; images and HTML do not. */
function inline(tokens: Token[] | undefined, links: LinkResolver): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'strong':
          return `**${inline((t as Tokens.Strong).tokens, links).trim()}**`;
        case 'em':
          return `_${inline((t as Tokens.Em).tokens, links).trim()}_`;
        case 'codespan':
          return escapeInline(decode((t as Tokens.Codespan).text));
        case 'link': {
          const link = t as Tokens.Link;
          const label = inline(link.tokens, links).trim() || link.href;
          const href = links(link.href);
          return href ? `[${label}](${href})` : label;
        }
        case 'image':
          return '';
        case 'br':
          return '\n';
        case 'html':
          return /^<br\s*\/?>$/i.test(t.raw.trim()) ? '\n' : '';
        case 'text':
        case 'escape': {
          const text = t as Tokens.Text;
          return text.tokens ? inline(text.tokens, links) : escapeInline(decode(text.text));
        }
        default:
          return 'tokens' in t && Array.isArray(t.tokens) ? inline(t.tokens as Token[], links) : escapeInline(decode(t.raw));
      }
    })
    .join('');
}

/** The plain words of inline tokens (headings, labels). */
export function inlineText(tokens: Token[] | undefined): string {
  return unescape(inline(tokens, () => undefined)).replace(/\*\*|(^|\s)_|_(\s|$)/g, '$1$2').replace(/\s+/g, ' ');
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

function unescape(text: string): string {
  return text.replace(/\\([\\*_[\]`])/g, '$1');
}

function stripHtml(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h\d)>/gi, '\n').replace(/<\/t[dh]>/gi, ' — ').replace(/<[^>]+>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/( — )+\n/g, '\n')
    .trim();
}

function block(token: Token, links: LinkResolver): string {
  switch (token.type) {
    case 'heading':
      return `**${inline((token as Tokens.Heading).tokens, links).trim()}**`;
    case 'paragraph':
      return inline((token as Tokens.Paragraph).tokens, links).trim();
    case 'text': {
      const text = token as Tokens.Text;
      return (text.tokens ? inline(text.tokens, links) : escapeInline(text.text)).trim();
    }
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      return list.items
        .map((item, i) => {
          const content = item.tokens.map((t) => block(t, links)).filter(Boolean).join(' ').replace(/\n+/g, ' ');
          return `${list.ordered ? `${start + i}.` : '-'} ${content.trim()}`;
        })
        .join('\n');
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.map((t) => block(t, links)).filter(Boolean).join('\n\n');
    case 'code':
      // Cards have no code blocks; keep the lines (cmdlets and commands are what makers look for).
      return escapeInline((token as Tokens.Code).text);
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens, links).trim()).filter(Boolean).join(' — ');
      return [`**${row(table.header)}**`, ...table.rows.map((r) => `- ${row(r)}`)].join('\n');
    }
    case 'html':
      return escapeInline(stripHtml(token.raw));
    case 'hr':
    case 'space':
    case 'def':
      return '';
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens as Token[], links) : '';
  }
}

/** One rendered block of a section: a paragraph, a list, a table (the unit a passage is cut from). */
export function renderBlocks(markdown: string, links: LinkResolver = noLinks): string[] {
  return (Lexer.lex(markdown) as Token[]).map((t) => block(t, links).trim()).filter(Boolean);
}

/**
 * Markdown as Teams renders it in an Adaptive Card TextBlock (bold, italic, lists, links; no
 * headings, tables, images or code blocks — those become bold lines, rows and plain lines).
 */
export function toTeamsMarkdown(markdown: string, links: LinkResolver = noLinks): string {
  return renderBlocks(markdown, links).join('\n\n');
}

/** The words of some Markdown, for the search index and for snippets. */
export function toPlainText(markdown: string): string {
  return unescape(toTeamsMarkdown(markdown, () => undefined).replace(/\*\*/g, '').replace(/(^|\s)_([^_]+)_/g, '$1$2'))
    .replace(/[ \t]+/g, ' ')
    .trim();
}
