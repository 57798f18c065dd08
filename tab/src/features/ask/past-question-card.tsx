import { Badge, Caption1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { formatWhen } from './format';
import { Markdown } from './markdown';
import { TicketCard } from './ticket-card';
import type { PastQuestion, TicketView } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flex: '1 1 240px', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** My rating, and why it did not help when I said so. */
function ratingOf(past: PastQuestion, t: TFunction): string | null {
  if (past.feedback === 'helpful') return t('ask.past.helpful');
  if (past.feedback !== 'not-helpful') return null;
  return past.feedbackReason ? t('ask.past.notHelpfulBecause', { reason: t(`ask.past.because.${past.feedbackReason}`) }) : t('ask.past.notHelpful');
}

/**
 * One of my past questions: what I asked, where and when, the knowledge base's answer (or that it
 * was not sure), my rating, and the expert's ticket with its answer and my reply.
 */
export function PastQuestionCard({ past, onTicketChanged }: { readonly past: PastQuestion; readonly onTicketChanged: (ticket: TicketView) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const rating = ratingOf(past, t);
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          {past.question}
        </Subtitle2>
        <Badge appearance="tint" shape="rounded" color={past.grade === 'answer' ? 'success' : 'warning'}>
          {t(`ask.past.grade.${past.grade}`)}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        {t('ask.past.asked', { where: t(`ask.past.where.${past.channel}`), when: formatWhen(past.askedAt) })}
        {rating ? ` · ${rating}` : ''}
      </Caption1>
      {past.grade === 'answer' && past.answer !== '' && <Markdown text={past.answer} />}
      {past.ticket !== null && <TicketCard ticket={past.ticket} manage={false} onChanged={onTicketChanged} />}
    </Card>
  );
}
