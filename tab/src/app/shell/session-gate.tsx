import { Outlet } from 'react-router-dom';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useSessionState } from '../session/session-context';

/** Pages need the signed-in user: show progress or the error (with Retry) until it is there. */
export function SessionGate() {
  const session = useSessionState();
  switch (session.status) {
    case 'loading':
      return <LoadingState label="Loading your Maker Hub profile…" />;
    case 'error':
      return (
        <Page title="We couldn't load your Maker Hub profile">
          <ErrorState error={session.error} onRetry={session.retry} />
        </Page>
      );
    case 'success':
      return <Outlet />;
  }
}
