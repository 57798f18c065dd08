import { Button, Card, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { useTranslation } from '../../lib/translation';
import { statusName } from './labels';
import { RequestFacts } from './request-facts';
import { RequestHistory } from './request-history';
import { requestsApi } from './requests-api';
import type { EnvironmentRequestView } from './requests-types';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  extension: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '32rem' },
});

const CANCELLABLE = ['submitted', 'pending-approval', 'failed'];
const LIVE = ['provisioned', 'expiring', 'extended'];

/** One of the maker's requests: status, details, history, and what they can do now. */
export function RequestItem({ request, onChanged }: { readonly request: EnvironmentRequestView; readonly onChanged: (r: EnvironmentRequestView) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const headingId = useId();
  const [showHistory, setShowHistory] = useState(false);
  const [extending, setExtending] = useState(false);
  const [days, setDays] = useState('30');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Readonly<Record<string, string>> } | undefined>();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<EnvironmentRequestView>): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      onChanged(await action());
      setExtending(false);
    } catch (e) {
      const error = toApiError(e);
      setProblem({ message: error.message, fields: error.fields });
    } finally {
      setBusy(false);
    }
  }

  const canExtend = LIVE.includes(request.status) && request.expiresAt !== null && request.pendingExtension === null;
  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={headingId} className={styles.title}>
          {request.displayName}
        </Subtitle2>
        <StatusBadge status={request.status} label={statusName(t, request.status)} />
      </div>
      <RequestFacts request={request} />
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      )}
      {extending && (
        <form className={styles.extension} onSubmit={(e) => { e.preventDefault(); void run(() => requestsApi.extend(client, request.id, Number(days), reason)); }}>
          <Field label={t('requests.item.extraDays')} required validationMessage={problem?.fields['days']}>
            <Input type="number" min={1} value={days} onChange={(_e, d) => setDays(d.value)} />
          </Field>
          <Field label={t('requests.item.whyLonger')} required validationMessage={problem?.fields['reason']}>
            <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={busy}>{t('requests.item.sendExtension')}</Button>
            <Button onClick={() => setExtending(false)} disabled={busy}>{t('requests.item.close')}</Button>
          </div>
        </form>
      )}
      <div className={styles.actions}>
        {request.environmentUrl && LIVE.includes(request.status) && (
          <Button as="a" href={request.environmentUrl} target="_blank" rel="noreferrer">{t('requests.item.open')}</Button>
        )}
        {canExtend && !extending && <Button onClick={() => setExtending(true)}>{t('requests.item.moreTime')}</Button>}
        {CANCELLABLE.includes(request.status) && (
          <Button disabled={busy} onClick={() => void run(() => requestsApi.cancel(client, request.id))}>{t('requests.item.cancel')}</Button>
        )}
        <Button appearance="subtle" aria-expanded={showHistory} onClick={() => setShowHistory((s) => !s)}>
          {showHistory ? t('requests.item.hideHistory') : t('requests.item.showHistory')}
        </Button>
      </div>
      {showHistory && <RequestHistory requestId={request.id} version={`${request.status}-${request.expiresAt ?? ''}-${request.pendingExtension?.requestedAt ?? ''}`} />}
    </Card>
  );
}
