import { Body1, Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Textarea, tokens } from '@fluentui/react-components';
import { PersonQuestionMarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { askApi } from './api';
import { SmallFormFooter } from './small-form-footer';
import type { TicketView } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '100%', maxWidth: '40rem' },
  question: { margin: 0, overflowWrap: 'anywhere' },
});

/** Same limit as the server (MAX_DETAILS_CHARS). */
const MAX_DETAILS = 2000;

export interface EscalateSectionProps {
  readonly questionId: string;
  /** The question as asked: the form shows what goes to the experts. */
  readonly question: string;
  /** The ticket once the question went to the experts. */
  readonly ticket: TicketView | null;
  readonly created: boolean;
  /** Primary when the knowledge base was not sure: then it is the next step. */
  readonly prominent: boolean;
  readonly onEscalated: (ticket: TicketView, created: boolean) => void;
  readonly onShowTickets: () => void;
}

/** "Ask an expert": hands the recorded question to the CoE's experts as a ticket (once per question). */
export function EscalateSection({ questionId, question, ticket, created, prominent, onEscalated, onShowTickets }: EscalateSectionProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  // "Ask an expert" opens a short form first: the question alone rarely tells the expert enough.
  const [open, setOpen] = useState(false);
  const [details, setDetails] = useState('');

  async function escalate(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const result = await askApi.escalate(client, questionId, details);
      onEscalated(result.ticket, result.created);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  }

  if (ticket !== null) {
    return (
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{t(created ? 'ask.escalate.sent' : 'ask.escalate.already', { number: ticket.number })}</MessageBarTitle>
          {t('ask.escalate.where')}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onShowTickets}>{t('ask.escalate.seeMine')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      {error !== undefined && <ErrorState title={t('ask.escalate.failed')} error={error} onRetry={() => void escalate()} />}
      {open ? (
        <form
          className={styles.form}
          noValidate
          aria-label={t('ask.escalate.button')}
          onSubmit={(e) => {
            e.preventDefault();
            void escalate();
          }}
        >
          <Body1 as="p" className={styles.question}>
            {t('ask.escalate.yourQuestion')} <strong>{question}</strong>
          </Body1>
          <Field label={t('ask.escalate.details')} hint={t('ask.escalate.detailsHint')} validationMessage={error?.fields['details'] !== undefined ? error.message : undefined}>
            <Textarea value={details} maxLength={MAX_DETAILS} rows={3} resize="vertical" onChange={(_e, d) => setDetails(d.value)} />
          </Field>
          <SmallFormFooter busy={busy} submitLabel={t('ask.escalate.send')} busyLabel={t('ask.escalate.sending')} submitIcon={<PersonQuestionMarkRegular />} dismissLabel={t('ask.escalate.cancel')} onDismiss={() => setOpen(false)} />
        </form>
      ) : (
        <Button appearance={prominent ? 'primary' : 'secondary'} icon={<PersonQuestionMarkRegular />} onClick={() => setOpen(true)}>
          {t('ask.escalate.button')}
        </Button>
      )}
    </div>
  );
}
