import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useApi } from '../../../lib/use-api';
import { controlRoomApi } from './api';
import { ControlSection } from './section';

/** The retention rules as configured (RETENTION_* settings) and what the next daily run removes. */
export function RetentionSection() {
  const state = useApi((c, signal) => controlRoomApi.retention(c, signal), []);
  return (
    <ControlSection title="Retention" description="How long Maker Hub keeps what. A daily job applies these rules; change them with the RETENTION_* settings (docs/privacy.md).">
      {state.status === 'loading' && <LoadingState label="Loading the retention rules…" />}
      {state.status === 'error' && <ErrorState title="We couldn't load the retention rules" error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && (
        <Table aria-label="Retention rules" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>What</TableHeaderCell>
              <TableHeaderCell>Kept for</TableHeaderCell>
              <TableHeaderCell>Removed from before</TableHeaderCell>
              <TableHeaderCell>Due at the next run</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {state.data.map((r) => (
              <TableRow key={r.kind}>
                <TableCell>{r.label}</TableCell>
                <TableCell>{r.days > 0 ? `${r.days} days` : 'No limit'}</TableCell>
                <TableCell>{r.cutoff ? r.cutoff.slice(0, 10) : '—'}</TableCell>
                <TableCell>{r.due}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </ControlSection>
  );
}
