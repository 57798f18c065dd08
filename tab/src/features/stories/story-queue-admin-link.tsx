import { CounterBadge } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { AdminLinkCard } from '../../components/admin-link-card';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';

/** In words, for the line under the heading (and the badge's accessible name). */
function waiting(count: number): string {
  return count === 0 ? 'No story waits for review.' : count === 1 ? '1 story waits for review.' : `${count} stories wait for review.`;
}

/** The Admin page's way into the story review queue, with how many stories wait there. */
export function StoryQueueAdminLink() {
  const queue = useApi((client, signal) => storiesApi.review(client, signal), []);
  const count = queue.status === 'success' ? queue.data.length : undefined;
  return (
    <AdminLinkCard
      title="Story review"
      badge={count !== undefined && count > 0 && <CounterBadge count={count} color="brand" aria-label={waiting(count)} />}
      description={count === undefined ? 'Success stories makers shared wait here for a champion or admin to publish them.' : `${waiting(count)} Publish, ask for changes or decline.`}
      to="/stories/review"
      icon={<TrophyRegular />}
      label="Open the review queue"
    />
  );
}
