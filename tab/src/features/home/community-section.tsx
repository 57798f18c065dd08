import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { PageSection } from '../../components/page';
import { formatDay } from '../events/format';
import { formatDate } from '../../lib/format-date';
import { ItemList } from './item-list';
import type { HomeView } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: tokens.spacingHorizontalXL },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** What is new for everyone: published stories, newly announced events and new FAQ entries. */
export function CommunitySection({ community }: { readonly community: HomeView['community'] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <PageSection title={t('home.community.title')}>
      <div className={styles.columns}>
        <div className={styles.column}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t('home.community.stories')}
          </Subtitle2>
          <ItemList label={t('home.community.storiesLabel')} rows={community.stories.map((s) => ({ key: s.id, to: s.link, title: s.title, meta: t('home.community.storyMeta', { date: formatDate(s.publishedAt), count: s.kudosCount }) }))} empty={t('home.community.storiesEmpty')} />
        </div>
        <div className={styles.column}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t('home.community.events')}
          </Subtitle2>
          <ItemList label={t('home.community.eventsLabel')} rows={community.events.map((e) => ({ key: e.id, to: e.link, title: e.title, meta: formatDay(e.startsAt) }))} empty={t('home.community.eventsEmpty')} />
        </div>
        <div className={styles.column}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t('home.community.faq')}
          </Subtitle2>
          <ItemList label={t('home.community.faqLabel')} rows={community.faq.map((f) => ({ key: f.id, to: f.link, title: f.question, meta: t('home.community.faqAdded', { date: formatDate(f.createdAt) }) }))} empty={t('home.community.faqEmpty')} />
        </div>
      </div>
    </PageSection>
  );
}
