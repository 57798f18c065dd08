import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { StoriesNav, useIsModerator } from './stories-nav';
import { StoryList } from './story-list';

/** The moderation queue for champions and CoE admins. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  if (!useIsModerator())
    return (
      <Page title={t('stories.review.title')}>
        <StoriesNav />
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('stories.review.needRole')}</MessageBarTitle>
            {t('stories.review.needRoleBody')}
          </MessageBarBody>
        </MessageBar>
      </Page>
    );
  return <Queue />;
}

function Queue() {
  const { t } = useTranslation();
  const queue = useApi((client, signal) => storiesApi.review(client, signal));
  return (
    <Page title={t('stories.review.title')} description={t('stories.review.description')}>
      <StoriesNav />
      {queue.status === 'loading' && <LoadingState label={t('stories.review.loading')} />}
      {queue.status === 'error' && <ErrorState title={t('stories.review.loadError')} error={queue.error} onRetry={queue.retry} />}
      {queue.status === 'success' &&
        (queue.data.length === 0 ? (
          <EmptyState icon={<CheckmarkCircleRegular />} title={t('stories.review.empty')}>
            {t('stories.review.emptyBody')}
          </EmptyState>
        ) : (
          <StoryList stories={queue.data} label={t('stories.review.label')} showAuthor />
        ))}
    </Page>
  );
}
