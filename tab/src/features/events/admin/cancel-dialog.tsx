import { Button, Field, Textarea } from '@fluentui/react-components';
import { CalendarCancelRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../../components/form-dialog';
import { useApiClient } from '../../../lib/api-client-context';
import { useSubmission } from '../../../lib/use-submission';
import { cancelEvent, type CommunityEvent } from '../api';

/** "Cancel event": asks for a reason (sent to attendees and shown on the cards), then cancels. */
export function CancelDialog({ event, onCancelled }: { readonly event: CommunityEvent; readonly onCancelled: () => void }) {
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
          Cancel event
        </Button>
      }
      title={`Cancel “${event.title}”?`}
      description="Everyone who answered going or maybe is told in their chat, reminders are withdrawn and announced cards show the cancellation."
      submitLabel="Cancel the event"
      cancelLabel="Keep the event"
      busy={busy}
      onSubmit={() => void submit(confirm)}
      error={error !== null && Object.keys(error.fields).length === 0 ? error : null}
      errorTitle="The event was not cancelled"
    >
      <Field label="Reason (optional, shown to attendees)" validationMessage={error?.fields['reason']}>
        <Textarea value={reason} maxLength={500} onChange={(_e, data) => setReason(data.value)} />
      </Field>
    </FormDialog>
  );
}
