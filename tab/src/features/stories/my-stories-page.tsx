import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { useLocation } from '../../lib/router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { StoriesNav } from './stories-nav';
import type { StoryPageState } from './story-page';
import { StoryList } from './story-list';

/** The stories I shared, in every state, with the reviewers' notes. */
export function MyStoriesPage() {
  const { t } = useTranslation();
  const mine = useApi((client, signal) => storiesApi.mine(client, signal));
  const notice = (useLocation().state as StoryPageState | null)?.notice;
  return (
    <Page title={t('stories.mine.title')} description={t('stories.mine.description')}>
      <StoriesNav />
      {notice !== undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {mine.status === 'loading' && <LoadingState label={t('stories.mine.loading')} />}
      {mine.status === 'error' && <ErrorState title={t('stories.mine.loadError')} error={mine.error} onRetry={mine.retry} />}
      {mine.status === 'success' &&
        (mine.data.length === 0 ? (
          <EmptyState icon={<TrophyRegular />} title={t('stories.mine.empty')}>
            {t('stories.mine.emptyBody')}
          </EmptyState>
        ) : (
          <StoryList stories={mine.data} label={t('stories.mine.label')} showAuthor={false} />
        ))}
    </Page>
  );
}
