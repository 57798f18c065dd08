import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { regionLabel } from '../../../../src/domain/environments/regions';
import { DATA_CLASSIFICATION_LABEL, type DataClassification } from '../../../../src/domain/environments/types';
import { formatDate, formatDateTime } from './format';
import type { EnvironmentRequestView } from './requests-types';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, margin: 0 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

/** The request's details as a definition list (readable by screen readers, wraps on a phone). */
export function RequestFacts({ request, withRequester = false }: { readonly request: EnvironmentRequestView; readonly withRequester?: boolean }) {
  const styles = useStyles();
  const rows: Array<[string, ReactNode]> = [['Reference', request.reference]];
  if (withRequester) rows.push(['Requested by', request.requesterName]);
  rows.push(['Type', request.type], ['Region', regionLabel(request.region)]);
  rows.push(['Dataverse', request.dataverse ? `Yes (language ${request.languageLcid ?? '—'}, ${request.currencyCode ?? '—'})` : 'No']);
  rows.push(['Data', DATA_CLASSIFICATION_LABEL[request.dataClassification as DataClassification] ?? request.dataClassification], ['Expected users', String(request.expectedUsers)]);
  if (request.expiresAt) rows.push(['Expires', formatDate(request.expiresAt)]);
  else rows.push(['Duration', request.durationDays === null ? 'No expiry' : `${request.durationDays} days`]);
  if (request.environmentUrl) rows.push(['Environment', <a href={request.environmentUrl} target="_blank" rel="noreferrer">{request.environmentUrl}</a>]);
  if (request.decidedAt) {
    const who = request.approval === 'auto' ? 'CoE policy (automatic)' : (request.decidedByName ?? 'a CoE admin');
    rows.push([request.status === 'rejected' ? 'Rejected by' : 'Approved by', `${who}, ${formatDateTime(request.decidedAt)}`]);
  }
  if (request.decisionComment) rows.push(['Comment', `“${request.decisionComment}”`]);
  if (request.failureReason && request.status === 'failed') rows.push(['Why it failed', request.failureReason]);
  if (request.pendingExtension) rows.push(['Extension asked', `${request.pendingExtension.days} days — “${request.pendingExtension.reason}”`]);
  rows.push(['Submitted', formatDateTime(request.createdAt)]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
