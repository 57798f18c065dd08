import { Body1, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ErrorState } from '../../components/error-state';
import { useApi } from '../../lib/use-api';
import { formatDateTime } from './format';
import { requestsApi } from './requests-api';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  when: { color: tokens.colorNeutralForeground2 },
});

const ACTIONS: Record<string, string> = {
  'environment.submit': 'Submitted',
  'environment.route.approval': 'Sent to the CoE for approval',
  'environment.approve.auto': 'Approved by the CoE policy',
  'environment.approve': 'Approved',
  'environment.reject': 'Rejected',
  'environment.provision.start': 'Creation started',
  'environment.retry': 'Creation retried',
  'environment.provision.fail': 'Creation failed',
  'environment.provisioned': 'Ready',
  'environment.cancel': 'Cancelled',
  'environment.expiry.warn': 'Expiry warning sent',
  'environment.expire': 'Expired',
  'environment.extension.request': 'Extension asked',
  'environment.extension.approve': 'Extension granted',
  'environment.extension.reject': 'Extension declined',
};

/** What happened to a request, oldest first, with who did it. */
export function RequestHistory({ requestId, version }: { readonly requestId: string; readonly version: string }) {
  const styles = useStyles();
  const state = useApi((client, signal) => requestsApi.detail(client, requestId, signal), [requestId, version]);
  if (state.status === 'loading') return <Spinner size="tiny" label="Loading history…" />;
  if (state.status === 'error') return <ErrorState title="We couldn't load the history" error={state.error} onRetry={state.retry} />;
  return (
    <ol className={styles.list} aria-label="History">
      {state.data.history.map((h) => (
        <li key={`${h.at}-${h.action}`}>
          <Body1>
            {ACTIONS[h.action] ?? h.action} · {h.actorName}
            {h.comment ? ` — “${h.comment}”` : ''}
          </Body1>{' '}
          <Caption1 className={styles.when}>{formatDateTime(h.at)}</Caption1>
        </li>
      ))}
    </ol>
  );
}
