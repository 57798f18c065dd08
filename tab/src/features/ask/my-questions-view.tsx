import { Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ChatMultipleRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useApi } from '../../lib/use-api';
import { askApi } from './api';
import { PastQuestionCard } from './past-question-card';
import type { TicketView } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

/**
 * "My questions": everything I asked, in the tab or the bot, newest first, with the answers: the
 * knowledge base's and, when I asked an expert, the ticket with the expert's answer.
 */
export function MyQuestionsView() {
  const styles = useStyles();
  const headingId = useId();
  const data = useApi((client, signal) => askApi.history(client, signal), []);
  // Tickets replied to here since the list loaded (the newer version wins).
  const [changed, setChanged] = useState<ReadonlyMap<string, TicketView>>(new Map());
  const questions = data.status === 'success' ? data.data.map((q) => (q.ticket && (changed.get(q.ticket.id)?.version ?? 0) > q.ticket.version ? { ...q, ticket: changed.get(q.ticket.id)! } : q)) : [];
  const count = questions.length === 1 ? '1 question' : `${questions.length} questions`;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.bar}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          Your questions{data.status === 'success' ? ` (${count})` : ''}
        </Subtitle1>
        <Button icon={<ArrowClockwiseRegular />} onClick={data.retry} disabled={data.status === 'loading'}>
          Refresh
        </Button>
      </div>
      <div aria-live="polite">
        {data.status === 'loading' && <LoadingState label="Loading your questions…" />}
        {data.status === 'error' && <ErrorState title="We couldn't load your questions" error={data.error} onRetry={data.retry} />}
        {data.status === 'success' && questions.length === 0 && (
          <EmptyState icon={<ChatMultipleRegular />} title="No questions yet">
            What you ask here or in your chat with the Maker Hub bot appears here with its answer. When you ask an expert, their answer appears here too.
          </EmptyState>
        )}
        {data.status === 'success' && questions.length > 0 && (
          <ul className={styles.list} aria-label="Your questions">
            {questions.map((q) => (
              <li key={q.questionId}>
                <PastQuestionCard past={q} onTicketChanged={(t) => setChanged((m) => new Map(m).set(t.id, t))} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
