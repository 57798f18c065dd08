import { Button } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import type { TicketView } from './types';
import { useTranslation } from '../../lib/translation';

/**
 * "Close ticket…" with a confirmation. It sits apart from the answer form's buttons, so a person
 * who means "Not now" cannot close the maker's question by a slip.
 */
export function CloseTicketDialog({ ticket, busy, onConfirm }: { readonly ticket: TicketView; readonly busy: boolean; readonly onConfirm: () => Promise<void> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button appearance="subtle" icon={<DismissCircleRegular />} disabled={busy}>
          {t('tickets.close.trigger')}
        </Button>
      }
      title={t('tickets.close.title', { number: ticket.number })}
      description={ticket.answer !== null ? t('tickets.close.keepsAnswer') : t('tickets.close.noAnswer')}
      submitLabel={t('tickets.close.yes')}
      busyLabel={t('tickets.close.busy')}
      cancelLabel={t('tickets.close.keep')}
      busy={busy}
      onSubmit={() => void onConfirm().then(() => setOpen(false))}
    />
  );
}
