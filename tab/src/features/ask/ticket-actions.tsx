import { Button, Field, makeStyles, MessageBar, MessageBarBody, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { NAV_COUNTS_CHANGED } from '../../app/shell/use-nav-badges';
import { useTranslation } from '../../lib/translation';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { faqPrefill } from '../../../../src/domain/ask/faq-prefill';
import { FaqEditorDialog, type FaqPrefill } from './admin/faq-editor-dialog';
import { askApi } from './api';
import { CloseTicketDialog } from './close-ticket-dialog';
import type { TicketAction, TicketView } from './types';
import { useAnswerDraft } from './use-answer-draft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '48rem' },
  // Closing is apart from everything else (and from the form's "Not now"), below a rule.
  closing: { display: 'flex', justifyContent: 'flex-end', paddingTop: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** Same limit as the server (MAX_ANSWER_CHARS) and the experts' card. */
const MAX_ANSWER = 8000;

/**
 * An expert's controls on a ticket: exactly the actions the server says this person may take now
 * (`ticket.actions`), so makers never see any. The server checks role and state again; a refusal
 * (someone else acted first) is shown, the ticket is reloaded and the typed answer is kept.
 */
export function TicketActions({ ticket, onChanged }: { readonly ticket: TicketView; readonly onChanged: (ticket: TicketView) => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const [draft, setDraft] = useAnswerDraft(ticket.id);
  const [answering, setAnswering] = useState(draft !== '');
  const [busy, setBusy] = useState<TicketAction | undefined>();
  const [outcome, setOutcome] = useState<{ intent: 'success' | 'error'; text: string; field?: string } | undefined>();
  const [promoting, setPromoting] = useState<FaqPrefill | null>(null);
  const { t } = useTranslation();

  async function run(action: TicketAction): Promise<void> {
    setBusy(action);
    setOutcome(undefined);
    try {
      const changed = await askApi.act(client, ticket.id, action, action === 'answer' ? draft : undefined);
      if (action === 'answer') {
        setDraft('');
        setAnswering(false);
      }
      setOutcome({ intent: 'success', text: t(`tickets.done.${action}`) });
      onChanged(changed);
      window.dispatchEvent(new Event(NAV_COUNTS_CHANGED));
    } catch (e) {
      const error = toApiError(e);
      // The server names the field with a code ("required"); its message says it in words.
      setOutcome({ intent: 'error', text: error.message, field: error.fields['answer'] !== undefined ? error.message : undefined });
      // Someone changed the ticket meanwhile: show it as it is now (the typed answer stays).
      if (error.status === 409 || error.status === 404) await askApi.ticket(client, ticket.id).then(onChanged, () => undefined);
    } finally {
      setBusy(undefined);
    }
  }

  const canAnswer = ticket.actions.includes('answer');
  const main = ticket.actions.filter((a) => a !== 'close');
  return (
    <div className={styles.root}>
      {outcome !== undefined && outcome.field === undefined && (
        <MessageBar intent={outcome.intent} role={outcome.intent === 'error' ? 'alert' : 'status'} layout="multiline">
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {canAnswer && answering && (
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run('answer');
          }}
        >
          <Field
            label={ticket.answer ? t('tickets.actions.newAnswerLabel') : t('tickets.actions.answerLabel')}
            hint={t('tickets.actions.answerHint')}
            validationMessage={outcome?.field}
            validationState={outcome?.field ? 'error' : 'none'}
          >
            <Textarea value={draft} maxLength={MAX_ANSWER} rows={5} resize="vertical" onChange={(_e, d) => setDraft(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={busy !== undefined}>
              {busy === 'answer' ? t('tickets.actions.sending') : t('tickets.actions.sendAnswer')}
            </Button>
            <Button disabled={busy !== undefined} onClick={() => setAnswering(false)}>
              {t('tickets.actions.notNow')}
            </Button>
          </div>
        </form>
      )}
      {main.length > 0 && (
        <div className={styles.buttons} role="group" aria-label={t('tickets.actions.group', { number: ticket.number })}>
          {main.map((action) =>
            action === 'answer' ? (
              !answering && (
                <Button key={action} appearance="primary" onClick={() => setAnswering(true)}>
                  {ticket.answer ? t('tickets.actions.answerAgain') : t('tickets.action.answer')}
                </Button>
              )
            ) : (
              <Button key={action} disabled={busy !== undefined} onClick={() => (action === 'promote' ? setPromoting(faqPrefill(ticket)) : void run(action))}>
                {busy === action ? t('tickets.actions.working') : action === 'assign' && ticket.assigneeName !== null ? t('tickets.actions.takeOver', { name: ticket.assigneeName }) : t(`tickets.action.${action}`)}
              </Button>
            ),
          )}
        </div>
      )}
      <FaqEditorDialog
        prefill={promoting}
        title={t('tickets.promote.title', { number: ticket.number })}
        submitLabel={t('tickets.promote.save')}
        onClose={() => setPromoting(null)}
        save={(c, draft) => askApi.promote(c, ticket.id, draft)}
        onSaved={(changed, draft) => {
          setPromoting(null);
          setOutcome({ intent: 'success', text: t('tickets.promote.done', { question: draft.question }) });
          onChanged(changed);
        }}
      />
      {ticket.actions.includes('close') && (
        <div className={styles.closing}>
          <CloseTicketDialog ticket={ticket} busy={busy !== undefined} onConfirm={() => run('close')} />
        </div>
      )}
    </div>
  );
}
