import { Badge, Caption1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { FEEDBACK_REASON_LABELS } from '../../../../src/domain/ask/questions';
import { formatWhen } from './format';
import { Markdown } from './markdown';
import { TicketCard } from './ticket-card';
import type { PastQuestion, TicketView } from './types';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flex: '1 1 240px', overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
});

const GRADE: Record<PastQuestion['grade'], string> = { answer: 'Answered', closest: 'Not sure', unknown: 'Not in the knowledge base' };
const WHERE: Record<PastQuestion['channel'], string> = { tab: 'in Maker Hub', personal: 'in your chat with the bot', channel: 'in a channel', groupChat: 'in a group chat' };

/**
 * One of my past questions: what I asked, where and when, the knowledge base's answer (or that it
 * was not sure), my rating, and the expert's ticket with its answer and my reply.
 */
export function PastQuestionCard({ past, onTicketChanged }: { readonly past: PastQuestion; readonly onTicketChanged: (ticket: TicketView) => void }) {
  const styles = useStyles();
  const headingId = useId();
  const rating = past.feedback === 'helpful' ? 'You found it helpful' : past.feedback === 'not-helpful' ? `Not helpful${past.feedbackReason ? `: ${FEEDBACK_REASON_LABELS[past.feedbackReason].toLowerCase()}` : ''}` : null;
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          {past.question}
        </Subtitle2>
        <Badge appearance="tint" shape="rounded" color={past.grade === 'answer' ? 'success' : 'warning'}>
          {GRADE[past.grade]}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        Asked {WHERE[past.channel]}, {formatWhen(past.askedAt)}
        {rating ? ` · ${rating}` : ''}
      </Caption1>
      {past.grade === 'answer' && past.answer !== '' && <Markdown text={past.answer} />}
      {past.ticket !== null && <TicketCard ticket={past.ticket} manage={false} onChanged={onTicketChanged} />}
    </Card>
  );
}
