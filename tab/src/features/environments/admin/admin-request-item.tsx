import { Button, Caption1, Card, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { RequestFacts } from '../request-facts';
import { adminRequestsApi } from '../requests-api';
import type { EnvironmentRequestView } from '../requests-types';
import { StatusBadge } from '../status-badge';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1, overflowWrap: 'anywhere' },
  checks: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '36rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Action = Parameters<typeof adminRequestsApi.act>[2];

/** What the admin is told once an action went through (shown above the list, as the item may leave it). */
const DONE = { approve: 'approve', reject: 'reject', provisioned: 'provisioned', retry: 'retry', 'extension/approve': 'extensionApprove', 'extension/reject': 'extensionReject' } as const satisfies Record<Action, string>;

function doneText(t: TFunction, action: Action, r: EnvironmentRequestView): string {
  return t(`admin.item.done.${DONE[action]}`, { reference: r.reference, name: r.displayName, state: t(`admin.item.state.${r.status}`), requester: r.requesterName });
}

/** A request in the admins' list with the decision or step it needs now (the same as the channel card). */
export function AdminRequestItem({ request, onChanged }: { readonly request: EnvironmentRequestView; readonly onChanged: (r: EnvironmentRequestView, done: string) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const headingId = useId();
  const [comment, setComment] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<{ message: string; fields: Readonly<Record<string, string>> } | undefined>();
  const [busy, setBusy] = useState(false);

  async function act(action: Action, body: Record<string, unknown> = {}): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      const changed = await adminRequestsApi.act(client, request.id, action, body);
      onChanged(changed, doneText(t, action, changed));
      setComment('');
    } catch (e) {
      const error = toApiError(e);
      setProblem({ message: error.message, fields: error.fields });
    } finally {
      setBusy(false);
    }
  }

  const deciding = request.status === 'pending-approval' || request.pendingExtension !== null;
  const recording = (request.status === 'provisioning' && request.provisioner === 'manual') || request.status === 'failed';
  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          {request.displayName}
        </Subtitle2>
        <StatusBadge status={request.status} label={t(`admin.item.status.${request.status}`)} />
      </div>
      <RequestFacts request={request} withRequester />
      <Caption1>{t('admin.item.justification', { text: request.justification })}</Caption1>
      <ul className={styles.checks} aria-label={t('admin.item.checks')}>
        {request.checks.map((c) => (
          <li key={c.id}>
            {c.passed ? t('admin.item.passed') : t('admin.item.notMet')} — {c.label}: {c.detail}
          </li>
        ))}
      </ul>
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      )}
      {deciding && (
        <div className={styles.fields}>
          <Field label={request.pendingExtension ? t('admin.item.commentDecline') : t('admin.item.commentReject')} validationMessage={problem?.fields['comment']}>
            <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} />
          </Field>
          <div className={styles.actions}>
            {request.status === 'pending-approval' ? (
              <>
                <Button appearance="primary" disabled={busy} onClick={() => void act('approve', { comment })}>{t('admin.item.approve')}</Button>
                <Button disabled={busy} onClick={() => void act('reject', { comment })}>{t('admin.item.reject')}</Button>
              </>
            ) : (
              <>
                <Button appearance="primary" disabled={busy} onClick={() => void act('extension/approve', { comment })}>{t('admin.item.approveExtension')}</Button>
                <Button disabled={busy} onClick={() => void act('extension/reject', { comment })}>{t('admin.item.declineExtension')}</Button>
              </>
            )}
          </div>
        </div>
      )}
      {recording && !deciding && (
        <div className={styles.fields}>
          <Field label={t('admin.item.environmentUrl')} hint={t('admin.item.environmentUrlHint')} validationMessage={problem?.fields['environmentUrl']}>
            <Input value={url} onChange={(_e, d) => setUrl(d.value)} placeholder="https://contoso-dev.crm4.dynamics.com/" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void act('provisioned', { environmentUrl: url })}>{t('admin.item.markProvisioned')}</Button>
            {request.status === 'failed' && <Button disabled={busy} onClick={() => void act('retry')}>{t('admin.item.retryProvisioning')}</Button>}
          </div>
        </div>
      )}
    </Card>
  );
}
