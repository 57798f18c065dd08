import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { StoriesNav, useIsModerator } from './stories-nav';
import { StoryList } from './story-list';

const title = 'Review queue';
const description = 'Stories waiting for a champion: open one to approve it, ask for changes or decline it.';

/** The moderation queue for champions and CoE admins. */
export function ReviewQueuePage() {
  if (!useIsModerator())
    return (
      <Page title={title}>
        <StoriesNav />
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>You need the champion role</MessageBarTitle>
            Champions and CoE admins review the stories makers share. If you think you should, ask one of your CoE admins for the role.
          </MessageBarBody>
        </MessageBar>
      </Page>
    );
  return <Queue />;
}

function Queue() {
  const queue = useApi((client, signal) => storiesApi.review(client, signal));
  return (
    <Page title={title} description={description}>
      <StoriesNav />
      {queue.status === 'loading' && <LoadingState label="Loading the queue…" />}
      {queue.status === 'error' && <ErrorState title="We couldn't load the queue" error={queue.error} onRetry={queue.retry} />}
      {queue.status === 'success' &&
        (queue.data.length === 0 ? (
          <EmptyState icon={<CheckmarkCircleRegular />} title="Nothing waiting">
            Every story has been reviewed. New ones appear here, and as cards in the champions' channel.
          </EmptyState>
        ) : (
          <StoryList stories={queue.data} label="Stories waiting for review" showAuthor />
        ))}
    </Page>
  );
}
