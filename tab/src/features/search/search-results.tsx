import { Badge, Body1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Link } from '../../lib/router';
import { HighlightedText } from './highlighted-text';
import type { SearchKind, SearchResult } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  link: { color: tokens.colorNeutralForeground1, ':hover': { textDecoration: 'underline' }, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  snippet: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
});

const badgeColor: Record<SearchKind, 'brand' | 'informative' | 'success' | 'important' | 'warning' | 'severe'> = {
  faq: 'brand',
  document: 'informative',
  path: 'success',
  module: 'success',
  event: 'warning',
  story: 'important',
};

/** The results, best first: kind, title (a link to the item's page) and the snippet, matched words marked. */
export function SearchResults({ results }: { readonly results: readonly SearchResult[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ol className={styles.list} aria-label={t('search.resultsLabel')}>
      {results.map((r) => (
        <li key={`${r.kind}:${r.id}`}>
          <Card>
            <div className={styles.head}>
              <Badge appearance="tint" color={badgeColor[r.kind]} shape="rounded">
                {t(`search.kind.${r.kind}`)}
              </Badge>
              <Subtitle2 as="h2" className={styles.title}>
                <Link to={r.url} className={styles.link}>
                  <HighlightedText text={r.title} ranges={r.highlights.title} />
                </Link>
              </Subtitle2>
            </div>
            {r.snippet !== '' && (
              <Body1 as="p" className={styles.snippet}>
                <HighlightedText text={r.snippet} ranges={r.highlights.snippet} />
              </Body1>
            )}
          </Card>
        </li>
      ))}
    </ol>
  );
}
