import { Body1, Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Textarea, tokens } from '@fluentui/react-components';
import { PersonQuestionMarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { askApi } from './api';
import { SmallFormFooter } from './small-form-footer';
import type { TicketView } from './types';

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
          <MessageBarTitle>{created ? `Sent to the CoE experts as ticket #${ticket.number}` : `You asked the experts about this already: ticket #${ticket.number}`}</MessageBarTitle>
          An expert will answer it here, under My questions. With the Maker Hub bot in your Teams chat, it sends you the answer there too.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onShowTickets}>See my questions</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      {error !== undefined && <ErrorState title="Your question did not reach the experts" error={error} onRetry={() => void escalate()} />}
      {open ? (
        <form
          className={styles.form}
          noValidate
          aria-label="Ask an expert"
          onSubmit={(e) => {
            e.preventDefault();
            void escalate();
          }}
        >
          <Body1 as="p" className={styles.question}>
            Your question: <strong>{question}</strong>
          </Body1>
          <Field label="Details for the expert (optional)" hint="What you tried, the error you saw, the app or flow it is about." validationMessage={error?.fields['details'] !== undefined ? error.message : undefined}>
            <Textarea value={details} maxLength={MAX_DETAILS} rows={3} resize="vertical" onChange={(_e, d) => setDetails(d.value)} />
          </Field>
          <SmallFormFooter busy={busy} submitLabel="Send to the experts" busyLabel="Sending to the experts…" submitIcon={<PersonQuestionMarkRegular />} dismissLabel="Cancel" onDismiss={() => setOpen(false)} />
        </form>
      ) : (
        <Button appearance={prominent ? 'primary' : 'secondary'} icon={<PersonQuestionMarkRegular />} onClick={() => setOpen(true)}>
          Ask an expert
        </Button>
      )}
    </div>
  );
}
