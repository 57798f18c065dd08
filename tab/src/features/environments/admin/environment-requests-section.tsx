import { Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Tab, TabList, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { PageSection } from '../../../components/page';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { adminRequestsApi, type AdminFilter } from '../requests-api';
import { requestStatuses, type EnvironmentRequestView } from '../requests-types';
import { AdminRequestItem } from './admin-request-item';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 11rem), 1fr))', gap: tokens.spacingHorizontalM },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, margin: 0, padding: 0, listStyleType: 'none' },
});

const TYPES = ['Developer', 'Sandbox', 'Trial', 'Production'] as const;

/** The admins' view of environment requests: what needs them now, and every request with filters. */
export function EnvironmentRequestsSection() {
  const styles = useStyles();
  const { t } = useTranslation();
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
    <PageSection title={t('admin.requests.title')}>
      <TabList selectedValue={view} onTabSelect={(_e, d) => setView(d.value as 'attention' | 'all')}>
        <Tab value="attention">{t('admin.requests.attention')}</Tab>
        <Tab value="all">{t('admin.requests.all')}</Tab>
      </TabList>
      {view === 'all' && (
        <div className={styles.filters}>
          <Field label={t('admin.requests.status')}>
            <Select value={status} onChange={(_e, d) => setStatus(d.value)}>
              <option value="">{t('admin.requests.anyStatus')}</option>
              <option value="expired">{t('admin.requests.expiredCleanup')}</option>
              {requestStatuses.filter((s) => s !== 'expired').map((s) => (
                <option key={s} value={s}>{t(`admin.requests.statuses.${s}`)}</option>
              ))}
            </Select>
          </Field>
          <Field label={t('admin.requests.type')}>
            <Select value={type} onChange={(_e, d) => setType(d.value)}>
              <option value="">{t('admin.requests.anyType')}</option>
              {TYPES.map((kind) => (
                <option key={kind} value={kind}>{t(`admin.requests.types.${kind}`)}</option>
              ))}
            </Select>
          </Field>
          <Field label={t('admin.requests.search')}>
            <Input type="search" value={q} placeholder={t('admin.requests.searchPlaceholder')} onChange={(_e, d) => setQ(d.value)} />
          </Field>
        </div>
      )}
      {done !== undefined && (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {data.status === 'loading' && <LoadingState label={t('admin.requests.loading')} />}
      {data.status === 'error' && <ErrorState title={t('admin.requests.loadError')} error={data.error} onRetry={data.retry} />}
      {data.status === 'success' && requests.length === 0 && (
        <EmptyState icon={<CheckmarkCircleRegular />} title={view === 'attention' ? t('admin.requests.emptyAttentionTitle') : t('admin.requests.emptyAllTitle')}>
          {view === 'attention' ? t('admin.requests.emptyAttentionBody') : t('admin.requests.emptyAllBody')}
        </EmptyState>
      )}
      {data.status === 'success' && requests.length > 0 && (
        <ul className={styles.list} aria-label={view === 'attention' ? t('admin.requests.listAttention') : t('admin.requests.listAll')}>
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
