import { makeStyles, tokens } from '@fluentui/react-components';
import type { Highlight } from './types';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
});

/**
 * Text with the matched words in <mark>. The server sends plain text and ranges, and React
 * renders both as text: nothing in a story or an FAQ answer can become markup here.
 */
export function HighlightedText({ text, ranges }: { readonly text: string; readonly ranges: readonly Highlight[] }) {
  const styles = useStyles();
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > text.length || r.end <= r.start) continue;
    if (r.start > at) parts.push({ text: text.slice(at, r.start), marked: false });
    parts.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>
      {parts.map((p, i) =>
        p.marked ? (
          <mark key={i} className={styles.mark}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
