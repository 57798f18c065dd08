import { Field, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FEEDBACK_REASONS, MAX_FEEDBACK_NOTE_CHARS } from '../../../../src/domain/ask/questions';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { askApi } from './api';
import { SmallFormFooter } from './small-form-footer';
import type { FeedbackReason } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});

/**
 * The one optional question after "No": why the answer did not help (a choice, and words if the
 * maker wants). The CoE reads it next to the knowledge gap in Insights. Skipping is one click.
 */
export function FeedbackReasonForm({ questionId, onDone }: { readonly questionId: string; readonly onDone: (outcome: 'sent' | 'skipped') => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [reason, setReason] = useState<FeedbackReason | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function send(): Promise<void> {
    if (reason === '') {
      setError(t('ask.reason.pick'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await askApi.reason(client, questionId, reason, note);
      onDone('sent');
    } catch (e) {
      const failure = toApiError(e);
      // Told already (another window): nothing to ask any more.
      if (failure.status === 409) onDone('sent');
      else setError(failure.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={t('ask.reason.form')}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <Field label={t('ask.reason.label')} validationMessage={error} validationState={error ? 'error' : 'none'}>
        <RadioGroup
          value={reason}
          onChange={(_e, d) => {
            setReason(d.value as FeedbackReason);
            setError(undefined);
          }}
        >
          {FEEDBACK_REASONS.map((r) => (
            <Radio key={r} value={r} label={t(`ask.reason.option.${r}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('ask.reason.note')} hint={t('ask.reason.noteHint')}>
        <Textarea value={note} maxLength={MAX_FEEDBACK_NOTE_CHARS} rows={2} resize="vertical" onChange={(_e, d) => setNote(d.value)} />
      </Field>
      <SmallFormFooter busy={busy} submitLabel={t('ask.reason.send')} busyLabel={t('ask.reason.sending')} dismissLabel={t('ask.reason.skip')} onDismiss={() => onDone('skipped')} />
    </form>
  );
}
