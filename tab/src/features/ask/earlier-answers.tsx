import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { AnswerPanel } from './answer-panel';
import type { UseAsk } from './use-ask';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

/**
 * The session's earlier questions and answers, newest first, under the current one: asking again
 * does not take the last answer away, and each can still be rated or handed to an expert.
 */
export function EarlierAnswers({ ask, onShowTickets }: { readonly ask: UseAsk; readonly onShowTickets: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  if (ask.earlier.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('ask.earlier')}
      </Subtitle1>
      <ul className={styles.list}>
        {ask.earlier.map((turn) => (
          <li key={turn.answer.questionId}>
            <AnswerPanel shown={turn} earlier onChange={(change) => ask.updateEarlier(turn.answer.questionId, change)} onAsk={ask.askAbout} onShowTickets={onShowTickets} />
          </li>
        ))}
      </ul>
    </section>
  );
}
