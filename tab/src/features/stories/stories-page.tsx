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
    <Page title="Success stories" description="Apps, flows and bots the community shipped, and the difference they made.">
      <StoriesNav />
      {gallery.status === 'success' && <ImpactTotals totals={gallery.data.totals} filtered={filtered} />}
      <StoryFilters value={filter} departments={gallery.status === 'success' ? gallery.data.departments : []} onChange={setFilter} />
      {problem !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {gallery.status === 'loading' && <LoadingState label="Loading stories…" />}
      {gallery.status === 'error' && <ErrorState title="We couldn't load the stories" error={gallery.error} onRetry={gallery.retry} />}
      {gallery.status === 'success' &&
        (gallery.data.stories.length === 0 ? (
          <EmptyState icon={<TrophyRegular />} title={filtered ? 'No stories match' : 'No stories published yet'}>
            {filtered
              ? 'Try other words or fewer filters.'
              : 'Published success stories will appear here, with the problem they solved and the hours they save. Built something useful? Share it!'}
          </EmptyState>
        ) : (
          <PageSection title={gallery.data.stories.length === 1 ? '1 story' : `${gallery.data.stories.length} stories`}>
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
