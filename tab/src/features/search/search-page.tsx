import { Body1, Field, makeStyles, SearchBox, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useSearchParams } from '../../lib/router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { searchApi } from './api';
import { KindFilter } from './kind-filter';
import { SearchResults } from './search-results';
import { searchKinds, type SearchKind } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  box: { width: '100%', maxWidth: '560px' },
  count: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const MAX_QUERY = 200;

function kindsOf(params: URLSearchParams): SearchKind[] {
  const asked = (params.get('kind') ?? '').split(',');
  return searchKinds.filter((k) => asked.includes(k));
}

/**
 * /search?q=…&kind=…: one search over FAQ, articles, training paths and modules, events and
 * stories. The query and the chips live in the address, so a result page can be linked and Back works.
 */
export function SearchPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const kinds = kindsOf(params);
  const [draft, setDraft] = useState(query);
  useEffect(() => setDraft(query), [query]);

  // Typing searches once the words settle (the address is replaced, not pushed, per keystroke).
  useEffect(() => {
    const next = draft.trim().slice(0, MAX_QUERY);
    if (next === query) return;
    const timer = window.setTimeout(() => setParams(paramsFor(next, kinds), { replace: true }), 300);
    return () => window.clearTimeout(timer);
    // kinds is derived from params; the effect is about the typed text only.
  }, [draft]);

  const state = useApi((client, signal) => (query ? searchApi.search(client, query, kinds, signal) : Promise.resolve(null)), [query, kinds.join(',')]);

  return (
    <Page title={t('search.title')} description={t('search.description')}>
      <div className={styles.controls}>
        <Field label={t('search.label')}>
          <SearchBox className={styles.box} autoFocus value={draft} maxLength={MAX_QUERY} onChange={(_e, d) => setDraft(d.value)} onKeyDown={(e) => e.key === 'Enter' && setParams(paramsFor(draft.trim(), kinds))} />
        </Field>
        <KindFilter selected={kinds} onChange={(next) => setParams(paramsFor(query, next), { replace: true })} />
      </div>
      {!query && (
        <EmptyState icon={<SearchRegular />} title={t('search.emptyTitle')}>
          {t('search.emptyBody')}
        </EmptyState>
      )}
      {query && state.status === 'loading' && <LoadingState label={t('search.searching')} />}
      {query && state.status === 'error' && <ErrorState title={t('search.failed')} error={state.error} onRetry={state.retry} />}
      {query && state.status === 'success' && state.data !== null && (
        <>
          <Body1 as="p" className={styles.count} role="status">
            {state.data.length === 0 ? t('search.nothing', { query }) : t('search.results', { count: state.data.length, query })}
          </Body1>
          {state.data.length === 0 ? (
            <EmptyState icon={<SearchRegular />} title={t('search.noMatches')}>
              {kinds.length ? t('search.tryAll') : t('search.tryOther')}
            </EmptyState>
          ) : (
            <SearchResults results={state.data} />
          )}
        </>
      )}
    </Page>
  );
}

function paramsFor(query: string, kinds: readonly SearchKind[]): URLSearchParams {
  const next = new URLSearchParams();
  if (query) next.set('q', query);
  if (kinds.length) next.set('kind', kinds.join(','));
  return next;
}
