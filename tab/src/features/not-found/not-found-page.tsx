import { Button } from '@fluentui/react-components';
import { CompassNorthwestRegular } from '@fluentui/react-icons';
import { useNavigate } from '../../lib/router';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';

/** Any path the tab does not know, e.g. an outdated link in an old card. */
export function NotFoundPage() {
  const navigate = useNavigate();
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <EmptyState
        icon={<CompassNorthwestRegular />}
        title={t('notFound.heading')}
        actions={
          <Button appearance="primary" onClick={() => void navigate('/')}>
            {t('notFound.home')}
          </Button>
        }
      >
        {t('notFound.body')}
      </EmptyState>
    </Page>
  );
}
