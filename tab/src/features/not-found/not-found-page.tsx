import { Button } from '@fluentui/react-components';
import { CompassNorthwestRegular } from '@fluentui/react-icons';
import { useNavigate } from '../../lib/router';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';

/** Any path the tab does not know, e.g. an outdated link in an old card. */
export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <Page title="Page not found">
      <EmptyState
        icon={<CompassNorthwestRegular />}
        title="This page doesn't exist"
        actions={
          <Button appearance="primary" onClick={() => void navigate('/')}>
            Go to Home
          </Button>
        }
      >
        The link may be out of date. Everything Maker Hub offers is reachable from Home.
      </EmptyState>
    </Page>
  );
}
