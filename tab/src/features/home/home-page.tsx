import { lazy, Suspense, useState } from 'react';
import { useMe } from '../../app/session/session-context';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { fromEarly } from '../../lib/early-request';
import { useAfterFirstPaint } from '../../lib/use-after-first-paint';
import { useApi } from '../../lib/use-api';
import { MyActivityLink } from '../activity/my-activity-link';
import { dismissWelcome, fetchHome } from './api';
import { CommunitySection } from './community-section';
import { MyEventsSection, MyThingsSections } from './my-sections';
import { WelcomePanel } from './welcome-panel';
import { WorkSection } from './work-section';
import { useTranslation } from '../../lib/translation';

// Shown only when Home's call fails: its MessageBar need not weigh on every first load.
const ErrorState = lazy(async () => ({ default: (await import('../../components/error-state')).ErrorState }));
// Waiting for its own API call anyway: its code (cards, progress bars) comes with that call
// instead of with the tab's first load. When the tab opens on Home, the code is asked for as soon
// as this module runs, beside the calls, not when the deferred sections render. (From main.tsx's
// entry instead, that import made Rollup split the code it shares with the app into a third chunk.)
const loadRecommended = () => import('../training/recommended-training');
if (window.location.pathname === '/') void loadRecommended().catch(() => undefined);
const RecommendedTraining = lazy(async () => ({ default: (await loadRecommended()).RecommendedTraining }));

/**
 * Home: what is happening for me, from one call (GET /api/home). The waiting work of my roles
 * first, then my events, training, questions, requests and stories, then the community's news.
 */
export function HomePage() {
  const me = useMe();
  const client = useApiClient();
  const home = useApi(fromEarly(fetchHome));
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation();
  // The first render draws the top of the page (the heading, the welcome, the waiting work) and
  // paints; the sections below follow once that frame is shown, so the first paint does not wait
  // for every card on the page (docs/tab-speed.md rounds eight and nine).
  const below = useAfterFirstPaint();

  function dismiss() {
    setBusy(true);
    // Hidden at once; the server remembers it for next time (a failure only means it shows again then).
    setDismissed(true);
    void dismissWelcome(client).finally(() => setBusy(false));
  }

  return (
    <Page title={t('home.title', { name: me.user.displayName })} documentTitle={t('home.documentTitle')} description={t('home.description')}>
      {home.status === 'loading' && <LoadingState label={t('home.loading')} />}
      {home.status === 'error' && (
        <Suspense fallback={null}>
          <ErrorState title={t('home.loadError')} error={home.error} onRetry={home.retry} />
        </Suspense>
      )}
      {home.status === 'success' && (
        <>
          {home.data.firstRun && !dismissed && <WelcomePanel home={home.data} onDismiss={dismiss} busy={busy} />}
          <WorkSection work={home.data.work} />
          {below && (
            <>
              <MyEventsSection home={home.data} />
              <Suspense fallback={null}>
                <RecommendedTraining />
              </Suspense>
              <MyThingsSections home={home.data} />
              <CommunitySection community={home.data.community} />
              <MyActivityLink />
            </>
          )}
        </>
      )}
    </Page>
  );
}
