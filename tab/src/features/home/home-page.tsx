import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { visiblePageLinks } from '../../app/pages';
import { useMe } from '../../app/session/session-context';
import { Page } from '../../components/page';
import { MyActivityLink } from '../activity/my-activity-link';
import { RecommendedTraining } from '../training/recommended-training';
import { PageCard } from './page-card';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  heading: {
    margin: 0,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

/** Home: greets the user and leads to every page they may use. */
export function HomePage() {
  const styles = useStyles();
  const me = useMe();
  const headingId = useId();
  const destinations = visiblePageLinks(me.roles).filter((page) => page.id !== 'home');
  return (
    <Page
      title={`Welcome, ${me.user.displayName}`}
      documentTitle="Home"
      description="Your Power Platform Center of Excellence in Teams: get answers, learn, meet the community and get the environments you need."
    >
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          What would you like to do?
        </Subtitle1>
        <ul className={styles.grid}>
          {destinations.map((page) => (
            <li key={page.id}>
              <PageCard page={page} />
            </li>
          ))}
        </ul>
        <MyActivityLink />
      </section>
      <RecommendedTraining />
    </Page>
  );
}
