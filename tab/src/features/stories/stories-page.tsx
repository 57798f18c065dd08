import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useNavigate } from '../../lib/router';
import { itemOfSubPage } from '../../../../src/domain/shared/teams-deep-link';
import { useTeamsHost } from '../../app/host-context';
import { CardGrid } from '../../components/card-grid';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page, PageSection } from '../../components/page';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { ImpactTotals } from './impact-totals';
import { StoriesNav } from './stories-nav';
import { StoryCard } from './story-card';
import { StoryFilters } from './story-filters';
import { emptyFilter, type GalleryFilter } from './types';
import { useDebounced } from './use-debounced';

/** Stories: the gallery of published success stories, searchable, with what they add up to. */
export function StoriesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const host = useTeamsHost();
  const [filter, setFilter] = useState<GalleryFilter>(emptyFilter);
  const settled = useDebounced(filter);
  const gallery = useApi((client, signal) => storiesApi.gallery(client, settled, signal), [JSON.stringify(settled)]);
  const [problem, setProblem] = useState<string | undefined>();

  // A bot card's "Read the full story" opens this tab with the story as its sub-page (Teams deep link).
  const storyId = itemOfSubPage(host.inTeams ? host.context.page.subPageId : undefined, 'story');
  useEffect(() => {
    if (storyId) navigate(`/stories/${encodeURIComponent(storyId)}`, { replace: true });
  }, [storyId, navigate]);

  const filtered = JSON.stringify(settled) !== JSON.stringify(emptyFilter);
  return (
    <Page title={t('stories.title')} description={t('stories.description')}>
      <StoriesNav />
      {gallery.status === 'success' && <ImpactTotals totals={gallery.data.totals} filtered={filtered} />}
      <StoryFilters value={filter} departments={gallery.status === 'success' ? gallery.data.departments : []} onChange={setFilter} />
      {problem !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {gallery.status === 'loading' && <LoadingState label={t('stories.loading')} />}
      {gallery.status === 'error' && <ErrorState title={t('stories.loadError')} error={gallery.error} onRetry={gallery.retry} />}
      {gallery.status === 'success' &&
        (gallery.data.stories.length === 0 ? (
          <EmptyState icon={<TrophyRegular />} title={filtered ? t('stories.noMatch') : t('stories.none')}>
            {filtered ? t('stories.noMatchBody') : t('stories.noneBody')}
          </EmptyState>
        ) : (
          <PageSection title={t('stories.count', { count: gallery.data.stories.length })}>
            <CardGrid minCardWidth={300}>
              {gallery.data.stories.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} onError={setProblem} />
                </li>
              ))}
            </CardGrid>
          </PageSection>
        ))}
    </Page>
  );
}
