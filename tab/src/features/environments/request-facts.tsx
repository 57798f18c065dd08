import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/translation';
import { formatDate, formatDateTime } from '../../lib/format-date';
import { classificationName, regionName } from './labels';
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
  const { t } = useTranslation();
  const rows: Array<[string, ReactNode]> = [[t('requests.facts.reference'), request.reference]];
  if (withRequester) rows.push([t('requests.facts.requestedBy'), request.requesterName]);
  rows.push([t('requests.facts.type'), request.type], [t('requests.facts.region'), regionName(t, request.region)]);
  rows.push([t('requests.facts.dataverse'), request.dataverse ? t('requests.facts.dataverseYes', { lcid: request.languageLcid ?? '—', currency: request.currencyCode ?? '—' }) : t('requests.facts.no')]);
  rows.push([t('requests.facts.data'), classificationName(t, request.dataClassification)], [t('requests.facts.expectedUsers'), String(request.expectedUsers)]);
  if (request.expiresAt) rows.push([t('requests.facts.expires'), formatDate(request.expiresAt)]);
  else rows.push([t('requests.facts.duration'), request.durationDays === null ? t('requests.facts.noExpiry') : t('requests.facts.days', { count: request.durationDays })]);
  if (request.environmentUrl) rows.push([t('requests.facts.environment'), <a href={request.environmentUrl} target="_blank" rel="noreferrer">{request.environmentUrl}</a>]);
  if (request.decidedAt) {
    const who = request.approval === 'auto' ? t('requests.facts.policy') : (request.decidedByName ?? t('requests.facts.anAdmin'));
    rows.push([request.status === 'rejected' ? t('requests.facts.rejectedBy') : t('requests.facts.approvedBy'), t('requests.facts.decided', { who, when: formatDateTime(request.decidedAt) })]);
  }
  if (request.decisionComment) rows.push([t('requests.facts.comment'), t('requests.facts.quoted', { text: request.decisionComment })]);
  if (request.failureReason && request.status === 'failed') rows.push([t('requests.facts.whyFailed'), request.failureReason]);
  if (request.pendingExtension) rows.push([t('requests.facts.extensionAsked'), t('requests.facts.extension', { count: request.pendingExtension.days, reason: request.pendingExtension.reason })]);
  rows.push([t('requests.facts.submitted'), formatDateTime(request.createdAt)]);
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
