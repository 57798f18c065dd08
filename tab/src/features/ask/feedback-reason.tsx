import { Field, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FEEDBACK_REASONS, FEEDBACK_REASON_LABELS, MAX_FEEDBACK_NOTE_CHARS } from '../../../../src/domain/ask/questions';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { askApi } from './api';
import { SmallFormFooter } from './small-form-footer';
import type { FeedbackReason } from './types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '40rem' },
});

/**
 * The one optional question after "No": why the answer did not help (a choice, and words if the
 * maker wants). The CoE reads it next to the knowledge gap in Insights. Skipping is one click.
 */
export function FeedbackReasonForm({ questionId, onDone }: { readonly questionId: string; readonly onDone: (outcome: 'sent' | 'skipped') => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const [reason, setReason] = useState<FeedbackReason | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function send(): Promise<void> {
    if (reason === '') {
      setError('Pick a reason, or press Skip.');
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
      aria-label="Why did it not help?"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <Field label="Why did it not help? (optional)" validationMessage={error} validationState={error ? 'error' : 'none'}>
        <RadioGroup
          value={reason}
          onChange={(_e, d) => {
            setReason(d.value as FeedbackReason);
            setError(undefined);
          }}
        >
          {FEEDBACK_REASONS.map((r) => (
            <Radio key={r} value={r} label={FEEDBACK_REASON_LABELS[r]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="Anything to add? (optional)" hint="What was missing or wrong; the CoE reads it to improve the answer.">
        <Textarea value={note} maxLength={MAX_FEEDBACK_NOTE_CHARS} rows={2} resize="vertical" onChange={(_e, d) => setNote(d.value)} />
      </Field>
      <SmallFormFooter busy={busy} submitLabel="Send" busyLabel="Sending…" dismissLabel="Skip" onDismiss={() => onDone('skipped')} />
    </form>
  );
}
