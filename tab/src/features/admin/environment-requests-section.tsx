import { Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Tab, TabList, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { PageSection } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { adminRequestsApi, type AdminFilter } from '../requests/requests-api';
import { requestStatuses, type EnvironmentRequestView } from '../requests/requests-types';
import { AdminRequestItem } from './admin-request-item';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))', gap: tokens.spacingHorizontalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyleType: 'none' },
});

const TYPES = ['Developer', 'Sandbox', 'Trial', 'Production'];

/** The admins' view of environment requests: what needs them now, and every request with filters. */
export function EnvironmentRequestsSection() {
  const styles = useStyles();
  const [view, setView] = useState<'attention' | 'all'>('attention');
  const [status, setStatus] = useState('');
  const [type, setType] = useState('');
  const [q, setQ] = useState('');
  const filter: AdminFilter = view === 'attention' ? { attention: true } : { status, type, q };
  const data = useApi((client, signal) => adminRequestsApi.list(client, filter, signal), [view, status, type, q]);
  const [requests, setRequests] = useState<EnvironmentRequestView[]>([]);
  // Depends on the loaded value itself (useApi returns a new wrapper object on every render).
  const loaded = data.status === 'success' ? data.data : undefined;
  useEffect(() => {
    if (loaded) setRequests(loaded);
  }, [loaded]);
  const [done, setDone] = useState<string | undefined>();
  // A decided request leaves "Needs attention" at once (no reload); elsewhere it shows its new state.
  const replace = (changed: EnvironmentRequestView, message: string) => {
    setDone(message);
    setRequests((list) => (view === 'attention' && !changed.needsAdmin ? list.filter((r) => r.id !== changed.id) : list.map((r) => (r.id === changed.id ? changed : r))));
  };

  return (
    <PageSection title="Environment requests">
      <TabList selectedValue={view} onTabSelect={(_e, d) => setView(d.value as 'attention' | 'all')}>
        <Tab value="attention">Needs attention</Tab>
        <Tab value="all">All requests</Tab>
      </TabList>
      {view === 'all' && (
        <div className={styles.filters}>
          <Field label="Status">
            <Select value={status} onChange={(_e, d) => setStatus(d.value)}>
              <option value="">Any status</option>
              <option value="expired">Expired (to clean up)</option>
              {requestStatuses.filter((s) => s !== 'expired').map((s) => (
                <option key={s} value={s}>{s.replace('-', ' ')}</option>
              ))}
            </Select>
          </Field>
          <Field label="Type">
            <Select value={type} onChange={(_e, d) => setType(d.value)}>
              <option value="">Any type</option>
              {TYPES.map((t) => (
                <option key={t} value={t}>{t}</option>
              ))}
            </Select>
          </Field>
          <Field label="Search">
            <Input type="search" value={q} placeholder="Name, reference or maker" onChange={(_e, d) => setQ(d.value)} />
          </Field>
        </div>
      )}
      {done !== undefined && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {data.status === 'loading' && <LoadingState label="Loading requests…" />}
      {data.status === 'error' && <ErrorState title="We couldn't load the requests" error={data.error} onRetry={data.retry} />}
      {data.status === 'success' && requests.length === 0 && (
        <EmptyState icon={<CheckmarkCircleRegular />} title={view === 'attention' ? 'Nothing waiting for you' : 'No requests match'}>
          {view === 'attention' ? 'Requests to approve, environments to create by hand, failed creations and extension requests appear here.' : 'Try another status, type or search.'}
        </EmptyState>
      )}
      {data.status === 'success' && requests.length > 0 && (
        <ul className={styles.list} aria-label={view === 'attention' ? 'Requests that need attention' : 'All requests'}>
          {requests.map((r) => (
            <li key={r.id}>
              <AdminRequestItem request={r} onChanged={replace} />
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
