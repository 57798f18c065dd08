import { Button, Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useApiClient } from '../../../lib/api-client-context';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { controlRoomApi, type PersonHit } from './api';
import { PersonPicker } from './person-picker';
import { ControlSection } from './section';

const ROLES = ['champion', 'expert', 'coe-admin'] as const;
const useStyles = makeStyles({
  grant: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  table: { maxWidth: '48rem' },
});

/** Who holds which role; grant one to a person found by name, revoke with one click (the server audits both). */
export function RolesSection() {
  const styles = useStyles();
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
    <ControlSection title="Roles" description="Champions moderate stories, experts answer tickets, CoE admins run Maker Hub. Every change is audited.">
      <div className={styles.grant}>
        <PersonPicker label="Find a person to grant a role" onPick={setPerson} />
        <Field label="Role">
          <Dropdown value={role} selectedOptions={[role]} onOptionSelect={(_e, d) => setRole(d.optionValue ?? 'champion')}>
            {ROLES.map((r) => (
              <Option key={r} value={r}>
                {r}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button appearance="primary" disabled={busy || person === null} onClick={() => void submit(async () => { const r = await controlRoomApi.grant(client, person!, role); done(r.changed ? `${person!.displayName} is now ${role}.` : `${person!.displayName} already was ${role}.`); })}>
          {person ? `Grant ${role} to ${person.displayName}` : 'Grant role'}
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
      {state.status === 'loading' && <LoadingState label="Loading roles…" />}
      {state.status === 'error' && <ErrorState title="We couldn't load the roles" error={state.error} onRetry={state.retry} />}
      {state.status === 'success' &&
        (state.data.length === 0 ? (
          <Caption1>No roles granted yet: everyone is a maker.</Caption1>
        ) : (
          <Table aria-label="Roles granted" className={styles.table} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Person</TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Since</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.data.map((g) => (
                <TableRow key={`${g.aadObjectId}:${g.role}`}>
                  <TableCell>{g.displayName}</TableCell>
                  <TableCell>{g.role}</TableCell>
                  <TableCell>{g.grantedAt.slice(0, 10)}</TableCell>
                  <TableCell>
                    <Button size="small" disabled={busy} aria-label={`Revoke ${g.role} from ${g.displayName}`} onClick={() => void submit(async () => { await controlRoomApi.revoke(client, g); done(`${g.displayName} is no longer ${g.role}.`); })}>
                      Revoke
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
