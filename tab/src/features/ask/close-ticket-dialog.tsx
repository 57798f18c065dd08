import { Button } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import type { TicketView } from './types';

/**
 * "Close ticket…" with a confirmation. It sits apart from the answer form's buttons, so a person
 * who means "Not now" cannot close the maker's question by a slip.
 */
export function CloseTicketDialog({ ticket, busy, onConfirm }: { readonly ticket: TicketView; readonly busy: boolean; readonly onConfirm: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button appearance="subtle" icon={<DismissCircleRegular />} disabled={busy}>
          Close ticket…
        </Button>
      }
      title={`Close ticket #${ticket.number}?`}
      description={ticket.answer !== null ? 'The maker keeps the answer they got. You can reopen the ticket later.' : 'The maker has no answer yet: closing it means no expert will answer. You can reopen it later.'}
      submitLabel="Yes, close it"
      busyLabel="Closing…"
      cancelLabel="Keep it open"
      busy={busy}
      onSubmit={() => void onConfirm().then(() => setOpen(false))}
    />
  );
}
