import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { useLocation } from '../../lib/router';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';
import { StoriesNav } from './stories-nav';
import type { StoryPageState } from './story-page';
import { StoryList } from './story-list';

/** The stories I shared, in every state, with the reviewers' notes. */
export function MyStoriesPage() {
  const mine = useApi((client, signal) => storiesApi.mine(client, signal));
  const notice = (useLocation().state as StoryPageState | null)?.notice;
  return (
    <Page title="My stories" description="The stories you shared, where each one stands, and what the reviewers said.">
      <StoriesNav />
      {notice !== undefined && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {mine.status === 'loading' && <LoadingState label="Loading your stories…" />}
      {mine.status === 'error' && <ErrorState title="We couldn't load your stories" error={mine.error} onRetry={mine.retry} />}
      {mine.status === 'success' &&
        (mine.data.length === 0 ? (
          <EmptyState icon={<TrophyRegular />} title="You have not shared a story yet">
            Built an app, a flow or an agent that made a difference? Use “Share a story” to tell the community.
          </EmptyState>
        ) : (
          <StoryList stories={mine.data} label="Your stories" showAuthor={false} />
        ))}
    </Page>
  );
}
