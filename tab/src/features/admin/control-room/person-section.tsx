import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../../components/form-dialog';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
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
  const { t } = useTranslation();
  const client = useApiClient();
  const [typed, setTyped] = useState('');
  const { busy, error, submit } = useSubmission();
  const matches = typed.trim() === person.displayName.trim();
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('controlRoom.person.eraseTitle', { name: person.displayName })}
      description={t('controlRoom.person.eraseDescription')}
      submitLabel={t('controlRoom.person.eraseSubmit')}
      busyLabel={t('controlRoom.person.erasing')}
      busy={busy}
      canSubmit={matches}
      onSubmit={() => void submit(async () => { await controlRoomApi.erase(client, person, typed); onErased(); })}
      error={error}
      errorTitle={t('controlRoom.person.eraseFailed')}
    >
      <Field label={t('controlRoom.person.confirm', { name: person.displayName })} required validationMessage={error?.fields['confirm']}>
        <Input value={typed} onChange={(_e, d) => setTyped(d.value)} autoComplete="off" />
      </Field>
    </FormDialog>
  );
}

/** A person's rights: everything held about them as one file, and erasure (coe-admins; audited). */
export function PersonSection() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonHit | null>(null);
  const [erasing, setErasing] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);

  return (
    <ControlSection title={t('controlRoom.person.title')} description={t('controlRoom.person.description')}>
      <PersonPicker label={t('controlRoom.person.find')} onPick={(p) => { setPerson(p); setNotice(null); }} />
      {person !== null && (
        <div className={styles.chosen}>
          <Subtitle2 as="h3">{person.displayName}</Subtitle2>
          <Body1>
            {[person.email, person.department, person.roles.join(', ')].filter(Boolean).join(' · ')}
          </Body1>
          <div className={styles.actions}>
            <Button icon={<ArrowDownloadRegular />} onClick={() => controlRoomApi.downloadPerson(person).catch((e: unknown) => setNotice({ intent: 'error', text: toApiError(e).message }))}>
              {t('controlRoom.person.download')}
            </Button>
            <Button icon={<DeleteRegular />} onClick={() => setErasing(true)}>
              {t('controlRoom.person.erase')}
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
            setNotice({ intent: 'success', text: t('controlRoom.person.erased', { name: person.displayName }) });
            setErasing(false);
            setPerson(null);
          }}
        />
      )}
    </ControlSection>
  );
}
