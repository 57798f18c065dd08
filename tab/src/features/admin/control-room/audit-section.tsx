import { Button, Caption1, Field, Input, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { toApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { controlRoomApi, type AuditFilter, type PersonHit } from './api';
import { formatCount, formatInstant } from './format';
import { PersonPicker } from './person-picker';
import { ControlSection } from './section';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  scroll: { overflowX: 'auto' },
  details: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', minWidth: '16rem', maxWidth: '40rem' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The audit log: who did what, filtered by person, action and dates, with the same view as CSV. */
export function AuditSection() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [action, setAction] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const filter: AuditFilter = { person: person?.aadObjectId, action: action.trim(), from, to };
  const state = useApi((c, signal) => controlRoomApi.audit(c, filter, signal), [person?.aadObjectId, action, from, to]);

  return (
    <ControlSection title={t('controlRoom.audit.title')} description={t('controlRoom.audit.description', { shown: formatCount(200), csv: formatCount(5000) })}>
      <div className={styles.filters}>
        {person === null ? (
          <PersonPicker label={t('controlRoom.audit.filterPerson')} onPick={setPerson} />
        ) : (
          <Button icon={<DismissRegular />} onClick={() => setPerson(null)} aria-label={t('controlRoom.audit.removePerson', { name: person.displayName })}>
            {t('controlRoom.audit.personChip', { name: person.displayName })}
          </Button>
        )}
        <Field label={t('controlRoom.audit.action')}>
          <Input value={action} onChange={(_e, d) => setAction(d.value)} placeholder="role., person.erase, story." />
        </Field>
        <Field label={t('controlRoom.audit.from')}>
          <Input type="date" value={from} onChange={(_e, d) => setFrom(d.value)} />
        </Field>
        <Field label={t('controlRoom.audit.to')}>
          <Input type="date" value={to} onChange={(_e, d) => setTo(d.value)} />
        </Field>
        <Button icon={<ArrowDownloadRegular />} onClick={() => { setDownloadError(null); controlRoomApi.downloadAuditCsv(filter).catch((e: unknown) => setDownloadError(toApiError(e).message)); }}>
          {t('controlRoom.audit.download')}
        </Button>
      </div>
      <span role="status">{downloadError !== null && <Text className={styles.error}>{downloadError}</Text>}</span>
      {state.status === 'loading' && <LoadingState label={t('controlRoom.audit.loading')} />}
      {state.status === 'error' && <ErrorState title={t('controlRoom.audit.loadError')} error={state.error} onRetry={state.retry} />}
      {state.status === 'success' &&
        (state.data.length === 0 ? (
          <Caption1>{t('controlRoom.audit.none')}</Caption1>
        ) : (
          <div className={styles.scroll} tabIndex={0} role="group" aria-label={t('controlRoom.audit.scroll')}>
            <Table aria-label={t('controlRoom.audit.table')} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('controlRoom.audit.at')}</TableHeaderCell>
                  <TableHeaderCell>{t('controlRoom.audit.who')}</TableHeaderCell>
                  <TableHeaderCell>{t('controlRoom.audit.actionColumn')}</TableHeaderCell>
                  <TableHeaderCell>{t('controlRoom.audit.record')}</TableHeaderCell>
                  <TableHeaderCell>{t('controlRoom.audit.details')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {state.data.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>{formatInstant(e.at)}</TableCell>
                    <TableCell>{e.actor}</TableCell>
                    <TableCell>{e.action}</TableCell>
                    <TableCell>
                      {e.entityType} {e.entityId.slice(0, 13)}
                    </TableCell>
                    <TableCell className={styles.details}>{e.details.slice(0, 240)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ))}
    </ControlSection>
  );
}
