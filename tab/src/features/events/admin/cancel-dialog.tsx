import { Button, Field, Textarea } from '@fluentui/react-components';
import { CalendarCancelRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../../components/form-dialog';
import { useApiClient } from '../../../lib/api-client-context';
import { useTranslation } from '../../../lib/translation';
import { useSubmission } from '../../../lib/use-submission';
import { cancelEvent, type CommunityEvent } from '../api';

/** "Cancel event": asks for a reason (sent to attendees and shown on the cards), then cancels. */
export function CancelDialog({ event, onCancelled }: { readonly event: CommunityEvent; readonly onCancelled: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, submit } = useSubmission();

  async function confirm() {
    await cancelEvent(client, event.id, reason);
    setOpen(false);
    onCancelled();
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button icon={<CalendarCancelRegular />} disabled={event.status === 'cancelled'}>
          {t('events.admin.cancel.button')}
        </Button>
      }
      title={t('events.admin.cancel.title', { title: event.title })}
      description={t('events.admin.cancel.description')}
      submitLabel={t('events.admin.cancel.submit')}
      cancelLabel={t('events.admin.cancel.keep')}
      busy={busy}
      onSubmit={() => void submit(confirm)}
      error={error !== null && Object.keys(error.fields).length === 0 ? error : null}
      errorTitle={t('events.admin.cancel.failed')}
    >
      <Field label={t('events.admin.cancel.reason')} validationMessage={error?.fields['reason']}>
        <Textarea value={reason} maxLength={500} onChange={(_e, data) => setReason(data.value)} />
      </Field>
    </FormDialog>
  );
}
