import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { AddRegular, ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';
import { useApi } from '../../lib/use-api';
import { statusName } from './labels';
import { RequestFormDialog } from './request-form-dialog';
import { RequestItem } from './request-item';
import { requestsApi } from './requests-api';
import type { EnvironmentRequestView } from './requests-types';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyleType: 'none' },
});

/** A state inside a sentence: "sent: waiting for approval" (every label's other words are lower case already). */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** My requests: the maker's environment requests, their status and history, and a form for a new one. */
export function RequestsPage() {
  const styles = useStyles();
  const { t } = useTranslation();
  const data = useApi(async (client, signal) => {
    const [options, requests] = await Promise.all([requestsApi.options(client, signal), requestsApi.mine(client, signal)]);
    return { options, requests };
  });
  const [requests, setRequests] = useState<EnvironmentRequestView[]>([]);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  // Depends on the loaded value itself (useApi returns a new wrapper object on every render).
  const loaded = data.status === 'success' ? data.data.requests : undefined;
  useEffect(() => {
    if (loaded) setRequests(loaded);
  }, [loaded]);

  const replace = (changed: EnvironmentRequestView) => setRequests((list) => [changed, ...list.filter((r) => r.id !== changed.id)].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));

  return (
    <Page title={t('requests.title')} description={t('requests.description')}>
      {data.status === 'loading' && <LoadingState label={t('requests.loading')} />}
      {data.status === 'error' && <ErrorState title={t('requests.loadError')} error={data.error} onRetry={data.retry} />}
      {data.status === 'success' && (
        <>
          <div className={styles.toolbar}>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setFormOpen(true)}>
              {t('requests.new')}
            </Button>
          </div>
          {notice && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          {requests.length === 0 ? (
            <EmptyState icon={<ClipboardTaskListLtrRegular />} title={t('requests.empty')}>
              {t('requests.emptyBody')}
            </EmptyState>
          ) : (
            <ul className={styles.list} aria-label={t('requests.listLabel')}>
              {requests.map((r) => (
                <li key={r.id}>
                  <RequestItem request={r} onChanged={replace} />
                </li>
              ))}
            </ul>
          )}
          <RequestFormDialog
            open={formOpen}
            options={data.data.options}
            onClose={() => setFormOpen(false)}
            onSubmitted={(request, created) => {
              setFormOpen(false);
              replace(request);
              setNotice(created ? t('requests.sent', { reference: request.reference, status: lowerFirst(statusName(t, request.status)) }) : t('requests.alreadySent', { reference: request.reference }));
            }}
          />
        </>
      )}
    </Page>
  );
}
