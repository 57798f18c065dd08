import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { AddRegular, ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { RequestFormDialog } from './request-form-dialog';
import { RequestItem } from './request-item';
import { requestsApi } from './requests-api';
import type { EnvironmentRequestView } from './requests-types';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyleType: 'none' },
});

/** My requests: the maker's environment requests, their status and history, and a form for a new one. */
export function RequestsPage() {
  const styles = useStyles();
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
    <Page title="My requests" description="Power Platform environments you asked for, and where each request stands.">
      {data.status === 'loading' && <LoadingState label="Loading your requests…" />}
      {data.status === 'error' && <ErrorState title="We couldn't load your requests" error={data.error} onRetry={data.retry} />}
      {data.status === 'success' && (
        <>
          <div className={styles.toolbar}>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setFormOpen(true)}>
              Request an environment
            </Button>
          </div>
          {notice && (
            <MessageBar intent="success" role="status">
              <MessageBarBody>{notice}</MessageBarBody>
            </MessageBar>
          )}
          {requests.length === 0 ? (
            <EmptyState icon={<ClipboardTaskListLtrRegular />} title="No requests yet">
              Environment requests you make will appear here, with their approval status, the environment's link once it is ready and its expiry date.
            </EmptyState>
          ) : (
            <ul className={styles.list} aria-label="Your environment requests">
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
              setNotice(created ? `Request ${request.reference} sent: ${request.statusLabel.toLowerCase()}.` : `You had already sent this form: request ${request.reference}.`);
            }}
          />
        </>
      )}
    </Page>
  );
}
