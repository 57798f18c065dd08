import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { controlRoomApi } from './api';
import { formatCount, formatDate } from './format';
import { ControlSection } from './section';

/** The kinds the server names (RETENTION_LABELS); a kind added there later shows its English label until translated. */
const KINDS = ['questionTextDays', 'deliveryBodyDays', 'auditDays', 'activityDays'] as const;
type Kind = (typeof KINDS)[number];

/** The retention rules as configured (RETENTION_* settings) and what the next daily run removes. */
export function RetentionSection() {
  const { t } = useTranslation();
  const state = useApi((c, signal) => controlRoomApi.retention(c, signal), []);
  return (
    <ControlSection title={t('controlRoom.retention.title')} description={t('controlRoom.retention.description')}>
      {state.status === 'loading' && <LoadingState label={t('controlRoom.retention.loading')} />}
      {state.status === 'error' && <ErrorState title={t('controlRoom.retention.loadError')} error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && (
        <Table aria-label={t('controlRoom.retention.table')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('controlRoom.retention.what')}</TableHeaderCell>
              <TableHeaderCell>{t('controlRoom.retention.keptFor')}</TableHeaderCell>
              <TableHeaderCell>{t('controlRoom.retention.removedBefore')}</TableHeaderCell>
              <TableHeaderCell>{t('controlRoom.retention.due')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.data.map((r) => (
              <TableRow key={r.kind}>
                <TableCell>{KINDS.includes(r.kind as Kind) ? t(`controlRoom.retention.kind.${r.kind as Kind}`) : r.label}</TableCell>
                <TableCell>{r.days > 0 ? t('controlRoom.retention.days', { count: r.days }) : t('controlRoom.retention.noLimit')}</TableCell>
                <TableCell>{r.cutoff ? formatDate(r.cutoff) : '—'}</TableCell>
                <TableCell>{formatCount(r.due)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </ControlSection>
  );
}
