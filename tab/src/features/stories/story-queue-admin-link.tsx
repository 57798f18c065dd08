import { CounterBadge } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { AdminLinkCard } from '../../components/admin-link-card';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';

/** In words, for the line under the heading (and the badge's accessible name). */
function waiting(t: TFunction, count: number): string {
  return count === 0 ? t('stories.adminLink.none') : t('stories.adminLink.waiting', { count });
}

/** The Admin page's way into the story review queue, with how many stories wait there. */
export function StoryQueueAdminLink() {
  const { t } = useTranslation();
  const queue = useApi((client, signal) => storiesApi.review(client, signal), []);
  const count = queue.status === 'success' ? queue.data.length : undefined;
  return (
    <AdminLinkCard
      title={t('stories.adminLink.title')}
      badge={count !== undefined && count > 0 && <CounterBadge count={count} color="brand" aria-label={waiting(t, count)} />}
      description={count === undefined ? t('stories.adminLink.intro') : t('stories.adminLink.next', { waiting: waiting(t, count) })}
      to="/stories/review"
      icon={<TrophyRegular />}
      label={t('stories.adminLink.open')}
    />
  );
}
