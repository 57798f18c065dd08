import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { PersonQuestionMarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { askApi } from './api';
import type { TicketView } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export interface EscalateSectionProps {
  readonly questionId: string;
  /** The ticket once the question went to the experts. */
  readonly ticket: TicketView | null;
  readonly created: boolean;
  /** Primary when the knowledge base was not sure: then it is the next step. */
  readonly prominent: boolean;
  readonly onEscalated: (ticket: TicketView, created: boolean) => void;
  readonly onShowTickets: () => void;
}

/** "Ask an expert": hands the recorded question to the CoE's experts as a ticket (once per question). */
export function EscalateSection({ questionId, ticket, created, prominent, onEscalated, onShowTickets }: EscalateSectionProps) {
  const styles = useStyles();
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  async function escalate(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const result = await askApi.escalate(client, questionId);
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
      <Button appearance={prominent ? 'primary' : 'secondary'} icon={<PersonQuestionMarkRegular />} disabled={busy} onClick={() => void escalate()}>
        {busy ? 'Sending to the experts…' : 'Ask an expert'}
      </Button>
    </div>
  );
}
