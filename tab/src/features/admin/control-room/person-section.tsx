import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../../components/form-dialog';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError } from '../../../lib/api-error';
import { useSubmission } from '../../../lib/use-submission';
import { controlRoomApi, type PersonHit } from './api';
import { PersonPicker } from './person-picker';
import { ControlSection } from './section';

const useStyles = makeStyles({
  chosen: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Erasure asks for the person's name typed out: the button is not enough for something that cannot be undone. */
function EraseDialog({ person, onClose, onErased }: { readonly person: PersonHit; readonly onClose: () => void; readonly onErased: () => void }) {
  const client = useApiClient();
  const [typed, setTyped] = useState('');
  const { busy, error, submit } = useSubmission();
  const matches = typed.trim() === person.displayName.trim();
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Erase ${person.displayName}?`}
      description="Their questions, requests, stories, comments, RSVPs, progress and profile are erased or anonymised everywhere. Figures stay, counted for “Erased person”. This cannot be undone: download their data first if they asked for it."
      submitLabel="Erase for good"
      busyLabel="Erasing…"
      busy={busy}
      canSubmit={matches}
      onSubmit={() => void submit(async () => { await controlRoomApi.erase(client, person, typed); onErased(); })}
      error={error}
      errorTitle="Nothing was erased"
    >
      <Field label={`Type ${person.displayName} to confirm`} required validationMessage={error?.fields['confirm']}>
        <Input value={typed} onChange={(_e, d) => setTyped(d.value)} autoComplete="off" />
      </Field>
    </FormDialog>
  );
}

/** A person's rights: everything held about them as one file, and erasure (coe-admins; audited). */
export function PersonSection() {
  const styles = useStyles();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [erasing, setErasing] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  return (
    <ControlSection title="A person’s data" description="Answer a privacy request: download everything Maker Hub holds about someone, or erase them.">
      <PersonPicker label="Find the person" onPick={(p) => { setPerson(p); setNotice(null); }} />
      {person !== null && (
        <div className={styles.chosen}>
          <Subtitle2 as="h3">{person.displayName}</Subtitle2>
          <Body1>
            {[person.email, person.department, person.roles.join(', ')].filter(Boolean).join(' · ')}
          </Body1>
          <div className={styles.actions}>
            <Button icon={<ArrowDownloadRegular />} onClick={() => controlRoomApi.downloadPerson(person).catch((e: unknown) => setNotice({ intent: 'error', text: toApiError(e).message }))}>
              Download their data (JSON)
            </Button>
            <Button icon={<DeleteRegular />} onClick={() => setErasing(true)}>
              Erase this person…
            </Button>
          </div>
        </div>
      )}
      <div role="status">
        {notice !== null && (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {erasing && person !== null && (
        <EraseDialog
          person={person}
          onClose={() => setErasing(false)}
          onErased={() => {
            setNotice({ intent: 'success', text: `${person.displayName} was erased. The audit log records that it happened, not who it was.` });
            setErasing(false);
            setPerson(null);
          }}
        />
      )}
    </ControlSection>
  );
}
