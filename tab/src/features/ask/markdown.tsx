import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Lexer, type Token, type Tokens } from 'marked';
import { useMemo, type ReactNode } from 'react';
import { safeUrl } from './format';

/**
 * Knowledge-base answers and experts' answers are Markdown. They are rendered from marked's tokens
 * straight to React elements, never through HTML: text stays text (React escapes it), raw HTML in
 * an answer shows as typed, images are left out, and only web and mail links become links. The
 * server parses the same Markdown with the same library (src/domain/ask/markdown/render.ts).
 */

const useStyles = makeStyles({
  root: {
    overflowWrap: 'anywhere',
    '& > :first-child': { marginTop: 0 },
    '& > :last-child': { marginBottom: 0 },
    '& p, & ul, & ol, & blockquote, & pre': { marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
    '& ul, & ol': { paddingLeft: tokens.spacingHorizontalXXL },
    '& li + li': { marginTop: tokens.spacingVerticalXXS },
    '& code': { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, padding: `0 ${tokens.spacingHorizontalXXS}` },
    '& pre': { overflowX: 'auto', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
    '& pre code': { padding: 0 },
    '& blockquote': { marginLeft: 0, paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2 },
    '& table': { borderCollapse: 'collapse' },
    '& th, & td': { textAlign: 'left', verticalAlign: 'top', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  },
  // A wide table scrolls inside the answer instead of widening the page on a phone.
  tableWrap: { overflowX: 'auto', marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
});

function inline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, i) => inlineToken(token, i));
}

function inlineToken(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'strong':
      return <strong key={key}>{inline((token as Tokens.Strong).tokens)}</strong>;
    case 'em':
      return <em key={key}>{inline((token as Tokens.Em).tokens)}</em>;
    case 'del':
      return <del key={key}>{inline((token as Tokens.Del).tokens)}</del>;
    case 'codespan':
      return <code key={key}>{(token as Tokens.Codespan).text}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const link = token as Tokens.Link;
      const href = safeUrl(link.href);
      const label = inline(link.tokens);
      if (href === undefined) return <span key={key}>{label}</span>;
      return (
        <Link key={key} inline href={href} target="_blank" rel="noopener noreferrer">
          {label}
        </Link>
      );
    }
    case 'image':
      // Pictures are not fetched from an answer; their description keeps the sentence whole.
      return (token as Tokens.Image).text;
    case 'text': {
      const text = token as Tokens.Text;
      return text.tokens ? <span key={key}>{inline(text.tokens)}</span> : text.text;
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    default:
      // html and anything unknown: its source, as text.
      return token.raw;
  }
}

function block(token: Token, key: number, styles: ReturnType<typeof useStyles>): ReactNode {
  switch (token.type) {
    case 'paragraph':
      return <p key={key}>{inline((token as Tokens.Paragraph).tokens)}</p>;
    case 'heading':
      // A heading inside an answer must not break the page's outline: a bold line instead.
      return (
        <p key={key}>
          <strong>{inline((token as Tokens.Heading).tokens)}</strong>
        </p>
      );
    case 'text': {
      const text = token as Tokens.Text;
      return <span key={key}>{text.tokens ? inline(text.tokens) : text.text}</span>;
    }
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, i) => <li key={i}>{item.tokens.map((t, j) => block(t, j, styles))}</li>);
      return list.ordered ? (
        <ol key={key} start={typeof list.start === 'number' ? list.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{(token as Tokens.Blockquote).tokens.map((t, j) => block(t, j, styles))}</blockquote>;
    case 'code':
      return (
        <pre key={key} tabIndex={0}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'table': {
      const table = token as Tokens.Table;
      return (
        // Focusable, so a keyboard can scroll a table wider than the screen.
        <div key={key} className={styles.tableWrap} tabIndex={0}>
          <table>
            <thead>
              <tr>
                {table.header.map((cell, i) => (
                  <th key={i} scope="col">
                    {inline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i}>{inline(cell.tokens)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'hr':
      return <hr key={key} />;
    case 'space':
    case 'def':
      return null;
    default:
      // Block HTML and anything unknown: its source, as text.
      return <p key={key}>{token.raw.trim()}</p>;
  }
}

/** Renders Markdown safely as React elements (see above); `className` styles the wrapper. */
export function Markdown({ text, className }: { readonly text: string; readonly className?: string }) {
  const styles = useStyles();
  const tokens = useMemo(() => Lexer.lex(text) as Token[], [text]);
  return <div className={mergeClasses(styles.root, className)}>{tokens.map((t, i) => block(t, i, styles))}</div>;
}
