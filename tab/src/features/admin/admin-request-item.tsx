import { Button, Caption1, Card, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { RequestFacts } from '../requests/request-facts';
import { adminRequestsApi } from '../requests/requests-api';
import type { EnvironmentRequestView } from '../requests/requests-types';
import { StatusBadge } from '../requests/status-badge';

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
const DONE: Record<Action, (r: EnvironmentRequestView) => string> = {
  approve: (r) => `Approved ${r.reference} “${r.displayName}”: ${r.statusLabel.toLowerCase()}. ${r.requesterName} is told.`,
  reject: (r) => `Rejected ${r.reference} “${r.displayName}”. The maker is told why.`,
  provisioned: (r) => `Recorded ${r.reference} “${r.displayName}” as created. The maker gets the link.`,
  retry: (r) => `Creating ${r.reference} “${r.displayName}” again.`,
  'extension/approve': (r) => `Extension of ${r.reference} “${r.displayName}” approved.`,
  'extension/reject': (r) => `Extension of ${r.reference} “${r.displayName}” declined.`,
};

/** A request in the admins' list with the decision or step it needs now (the same as the channel card). */
export function AdminRequestItem({ request, onChanged }: { readonly request: EnvironmentRequestView; readonly onChanged: (r: EnvironmentRequestView, done: string) => void }) {
  const styles = useStyles();
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
      onChanged(changed, DONE[action](changed));
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
        <StatusBadge status={request.status} label={request.status === 'expired' ? 'Expired — clean up' : request.statusLabel} />
      </div>
      <RequestFacts request={request} withRequester />
      <Caption1>Justification: {request.justification}</Caption1>
      <ul className={styles.checks} aria-label="Policy checks">
        {request.checks.map((c) => (
          <li key={c.id}>
            {c.passed ? '✅ Passed' : '❌ Not met'} — {c.label}: {c.detail}
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
          <Field label={request.pendingExtension ? 'Comment for the maker (required to decline)' : 'Comment for the maker (required to reject)'} validationMessage={problem?.fields['comment']}>
            <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} />
          </Field>
          <div className={styles.actions}>
            {request.status === 'pending-approval' ? (
              <>
                <Button appearance="primary" disabled={busy} onClick={() => void act('approve', { comment })}>Approve</Button>
                <Button disabled={busy} onClick={() => void act('reject', { comment })}>Reject</Button>
              </>
            ) : (
              <>
                <Button appearance="primary" disabled={busy} onClick={() => void act('extension/approve', { comment })}>Approve extension</Button>
                <Button disabled={busy} onClick={() => void act('extension/reject', { comment })}>Decline extension</Button>
              </>
            )}
          </div>
        </div>
      )}
      {recording && !deciding && (
        <div className={styles.fields}>
          <Field label="Environment URL" hint="Create it in the Power Platform admin center, then record its address." validationMessage={problem?.fields['environmentUrl']}>
            <Input value={url} onChange={(_e, d) => setUrl(d.value)} placeholder="https://contoso-dev.crm4.dynamics.com/" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void act('provisioned', { environmentUrl: url })}>Mark provisioned</Button>
            {request.status === 'failed' && <Button disabled={busy} onClick={() => void act('retry')}>Retry provisioning</Button>}
          </div>
        </div>
      )}
    </Card>
  );
}
