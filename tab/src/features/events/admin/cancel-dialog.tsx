import { Body1, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Textarea } from '@fluentui/react-components';
import { CalendarCancelRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { cancelEvent, type CommunityEvent } from '../api';

/** "Cancel event": asks for a reason (sent to attendees and shown on the cards), then cancels. */
export function CancelDialog({ event, onCancelled }: { readonly event: CommunityEvent; readonly onCancelled: () => void }) {
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await cancelEvent(client, event.id, reason);
      setOpen(false);
      onCancelled();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(_e, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<CalendarCancelRegular />} disabled={event.status === 'cancelled'}>
          Cancel event
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Cancel “{event.title}”?</DialogTitle>
          <DialogContent>
            <Body1 as="p">Everyone who answered going or maybe is told in their chat, reminders are withdrawn and announced cards show the cancellation.</Body1>
            <Field label="Reason (optional, shown to attendees)" validationMessage={error?.fields['reason']}>
              <Textarea value={reason} maxLength={500} onChange={(_e, data) => setReason(data.value)} />
            </Field>
            {error !== null && Object.keys(error.fields).length === 0 && <ErrorState title="The event was not cancelled" error={error} />}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">Keep the event</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
              Cancel the event
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
