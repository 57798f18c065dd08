import { lazy, Suspense } from 'react';
import { Outlet } from '../../lib/router';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { PageLoading } from '../page-loading';
import { useSessionState } from '../session/session-context';
import { useTranslation } from '../../lib/translation';

// Rarely shown, and its MessageBar is not needed to paint a page: fetched only on a failure.
const ErrorState = lazy(async () => ({ default: (await import('../../components/error-state')).ErrorState }));

/** Pages need the signed-in user: show progress or the error (with Retry) until it is there. */
export function SessionGate() {
  const session = useSessionState();
  const { t } = useTranslation();
  switch (session.status) {
    case 'loading':
      return <LoadingState label={t('shell.loadingProfile')} />;
    case 'error':
      return (
        <Page title={t('shell.profileError')}>
          <Suspense fallback={<PageLoading />}>
            <ErrorState error={session.error} onRetry={session.retry} />
          </Suspense>
        </Page>
      );
    case 'success':
      // Pages load lazily (app/routes.tsx): the shell stays while a page's code arrives.
      return (
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      );
  }
}
