import { Button, Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useApiClient } from '../../../lib/api-client-context';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { controlRoomApi, type PersonHit } from './api';
import { formatDate } from './format';
import { PersonPicker } from './person-picker';
import { ControlSection } from './section';

const ROLES = ['champion', 'expert', 'coe-admin'] as const;
type Role = (typeof ROLES)[number];
const useStyles = makeStyles({
  grant: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  table: { maxWidth: '48rem' },
});

/** Who holds which role; grant one to a person found by name, revoke with one click (the server audits both). */
export function RolesSection() {
  const styles = useStyles();
  const { t } = useTranslation();
  const roleName = (r: string) => (ROLES.includes(r as Role) ? t(`controlRoom.roleName.${r as Role}`) : r);
  const client = useApiClient();
  const [version, setVersion] = useState(0);
  const state = useApi((c, signal) => controlRoomApi.roles(c, signal), [version]);
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [role, setRole] = useState<string>('champion');
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, submit } = useSubmission();

  const done = (text: string) => {
    setNotice(text);
    setVersion((v) => v + 1);
  };

  return (
    <ControlSection title={t('controlRoom.roles.title')} description={t('controlRoom.roles.description')}>
      <div className={styles.grant}>
        <PersonPicker label={t('controlRoom.roles.find')} onPick={setPerson} />
        <Field label={t('controlRoom.roles.role')}>
          <Dropdown value={roleName(role)} selectedOptions={[role]} onOptionSelect={(_e, d) => setRole(d.optionValue ?? 'champion')}>
            {ROLES.map((r) => (
              <Option key={r} value={r}>
                {roleName(r)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" disabled={busy || person === null} onClick={() => void submit(async () => { const r = await controlRoomApi.grant(client, person!, role); done(t(r.changed ? 'controlRoom.roles.granted' : 'controlRoom.roles.alreadyGranted', { name: person!.displayName, role: roleName(role) })); })}>
          {person ? t('controlRoom.roles.grantTo', { role: roleName(role), name: person.displayName }) : t('controlRoom.roles.grant')}
        </Button>
      </div>
      <div role="status">
        {notice !== null && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {error !== null && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'loading' && <LoadingState label={t('controlRoom.roles.loading')} />}
      {state.status === 'error' && <ErrorState title={t('controlRoom.roles.loadError')} error={state.error} onRetry={state.retry} />}
      {state.status === 'success' &&
        (state.data.length === 0 ? (
          <Caption1>{t('controlRoom.roles.none')}</Caption1>
        ) : (
          <Table aria-label={t('controlRoom.roles.table')} className={styles.table} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('controlRoom.roles.person')}</TableHeaderCell>
                <TableHeaderCell>{t('controlRoom.roles.role')}</TableHeaderCell>
                <TableHeaderCell>{t('controlRoom.roles.since')}</TableHeaderCell>
                <TableHeaderCell>{t('controlRoom.roles.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.data.map((g) => (
                <TableRow key={`${g.aadObjectId}:${g.role}`}>
                  <TableCell>{g.displayName}</TableCell>
                  <TableCell>{roleName(g.role)}</TableCell>
                  <TableCell>{formatDate(g.grantedAt)}</TableCell>
                  <TableCell>
                    <Button size="small" disabled={busy} aria-label={t('controlRoom.roles.revokeFrom', { role: roleName(g.role), name: g.displayName })} onClick={() => void submit(async () => { await controlRoomApi.revoke(client, g); done(t('controlRoom.roles.revoked', { name: g.displayName, role: roleName(g.role) })); })}>
                      {t('controlRoom.roles.revoke')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </ControlSection>
  );
}
