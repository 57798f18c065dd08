import { lazy, Suspense } from 'react';
import { visiblePageLinks } from '../../app/pages';
import { useMe } from '../../app/session/session-context';
import { CardGrid } from '../../components/card-grid';
import { Page, PageSection } from '../../components/page';
import { MyActivityLink } from '../activity/my-activity-link';
import { PageCard } from './page-card';

// Below the page cards and waiting for its own API call anyway: its code (cards, progress bars)
// comes with that call instead of with the first load.
const RecommendedTraining = lazy(async () => ({ default: (await import('../training/recommended-training')).RecommendedTraining }));

/** Home: greets the user and leads to every page they may use. */
export function HomePage() {
  const me = useMe();
  const destinations = visiblePageLinks(me.roles).filter((page) => page.id !== 'home');
  return (
    <Page
      title={`Welcome, ${me.user.displayName}`}
      documentTitle="Home"
      description="Your Power Platform Center of Excellence in Teams: get answers, learn, meet the community and get the environments you need."
    >
      <PageSection title="What would you like to do?">
        <CardGrid minCardWidth={260}>
          {destinations.map((page) => (
            <li key={page.id}>
              <PageCard page={page} />
            </li>
          ))}
        </CardGrid>
        <MyActivityLink />
      </PageSection>
      <Suspense fallback={null}>
        <RecommendedTraining />
      </Suspense>
    </Page>
  );
}
