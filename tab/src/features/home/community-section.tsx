import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { PageSection } from '../../components/page';
import { formatDay } from '../events/format';
import { formatDate } from '../requests/format';
import { ItemList } from './item-list';
import type { HomeView } from './types';

const useStyles = makeStyles({
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))', gap: tokens.spacingHorizontalXL },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** What is new for everyone: published stories, newly announced events and new FAQ entries. */
export function CommunitySection({ community }: { readonly community: HomeView['community'] }) {
  const styles = useStyles();
  return (
    <PageSection title="New in the community">
      <div className={styles.columns}>
        <div className={styles.column}>
          <Subtitle2 as="h3" className={styles.heading}>
            Stories
          </Subtitle2>
          <ItemList label="New stories" rows={community.stories.map((s) => ({ key: s.id, to: s.link, title: s.title, meta: `${formatDate(s.publishedAt)} · ${s.kudosCount} kudos` }))} empty="No stories published yet." />
        </div>
        <div className={styles.column}>
          <Subtitle2 as="h3" className={styles.heading}>
            Events
          </Subtitle2>
          <ItemList label="Newly announced events" rows={community.events.map((e) => ({ key: e.id, to: e.link, title: e.title, meta: formatDay(e.startsAt) }))} empty="No new events announced." />
        </div>
        <div className={styles.column}>
          <Subtitle2 as="h3" className={styles.heading}>
            FAQ
          </Subtitle2>
          <ItemList label="New FAQ entries" rows={community.faq.map((f) => ({ key: f.id, to: f.link, title: f.question, meta: `Added ${formatDate(f.createdAt)}` }))} empty="No new FAQ entries." />
        </div>
      </div>
    </PageSection>
  );
}
