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
import { useTranslation } from '../../lib/translation';

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
  const { t } = useTranslation();
  const headingId = useId();
  const data = useApi((client, signal) => askApi.history(client, signal), []);
  // Tickets replied to here since the list loaded (the newer version wins).
  const [changed, setChanged] = useState<ReadonlyMap<string, TicketView>>(new Map());
  const questions = data.status === 'success' ? data.data.map((q) => (q.ticket && (changed.get(q.ticket.id)?.version ?? 0) > q.ticket.version ? { ...q, ticket: changed.get(q.ticket.id)! } : q)) : [];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.bar}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {data.status === 'success' ? t('ask.mine.headingCount', { count: questions.length }) : t('ask.mine.heading')}
        </Subtitle1>
        <Button icon={<ArrowClockwiseRegular />} onClick={data.retry} disabled={data.status === 'loading'}>
          {t('ask.mine.refresh')}
        </Button>
      </div>
      <div aria-live="polite">
        {data.status === 'loading' && <LoadingState label={t('ask.mine.loading')} />}
        {data.status === 'error' && <ErrorState title={t('ask.mine.failed')} error={data.error} onRetry={data.retry} />}
        {data.status === 'success' && questions.length === 0 && (
          <EmptyState icon={<ChatMultipleRegular />} title={t('ask.mine.emptyTitle')}>
            {t('ask.mine.emptyBody')}
          </EmptyState>
        )}
        {data.status === 'success' && questions.length > 0 && (
          <ul className={styles.list} aria-label={t('ask.mine.heading')}>
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
