import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { ArrowReplyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { askApi } from './api';
import type { TicketView } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%', maxWidth: '40rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Same limit as the server (MAX_DETAILS_CHARS). */
const MAX_REPLY = 2000;

/**
 * The asker's answer back to the expert: it reopens the ticket and the expert who answered is told.
 * What was typed stays when sending fails or the form is put away.
 */
export function TicketReply({ ticket, onChanged }: { readonly ticket: TicketView; readonly onChanged: (ticket: TicketView) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);

  async function send(): Promise<void> {
    if (message.trim() === '') {
      setError(t('tickets.reply.required'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const changed = await askApi.reply(client, ticket.id, message);
      setMessage('');
      setOpen(false);
      setSent(true);
      onChanged(changed);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.root}>
      {sent && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('tickets.reply.sent')}</MessageBarBody>
        </MessageBar>
      )}
      {/* A reply reopens the answer; while reopened, the expert has it. */}
      {ticket.state !== 'answered' && ticket.state !== 'closed' ? null : open ? (
        <form
          className={styles.form}
          noValidate
          aria-label={t('tickets.reply.form', { number: ticket.number })}
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <Field label={t('tickets.reply.label')} hint={t('tickets.reply.hint')} validationMessage={error} validationState={error ? 'error' : 'none'}>
            <Textarea value={message} maxLength={MAX_REPLY} rows={3} resize="vertical" onChange={(_e, d) => setMessage(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={busy}>
              {busy ? t('tickets.reply.sending') : t('tickets.reply.send')}
            </Button>
            <Button disabled={busy} onClick={() => setOpen(false)}>
              {t('tickets.reply.notNow')}
            </Button>
          </div>
        </form>
      ) : (
        <Button icon={<ArrowReplyRegular />} onClick={() => setOpen(true)}>
          {t('tickets.reply.open')}
        </Button>
      )}
    </div>
  );
}
