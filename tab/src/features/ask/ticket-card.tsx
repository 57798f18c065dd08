import { Badge, Body1, Caption1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { quotedAnswer } from '../../components/surface';
import { BotKnew } from './bot-knew';
import { formatWhen, stateColors, stateLabels } from './format';
import { Markdown } from './markdown';
import { TicketActions } from './ticket-actions';
import { TicketReply } from './ticket-reply';
import type { TicketView } from './types';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, flex: '1 1 240px', overflowWrap: 'anywhere' },
  number: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  meta: { color: tokens.colorNeutralForeground2 },
  answer: quotedAnswer,
  waiting: { margin: 0, color: tokens.colorNeutralForeground2 },
  said: { margin: 0, maxWidth: '70ch', overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
});

export interface TicketCardProps {
  readonly ticket: TicketView;
  /** Experts' list: shows who asked and the ticket's actions. */
  readonly manage: boolean;
  readonly onChanged: (ticket: TicketView) => void;
}

/** One ticket: the question, its state in words, who asked and who took it, and the expert's answer. */
export function TicketCard({ ticket, manage, onChanged }: TicketCardProps) {
  const styles = useStyles();
  const headingId = useId();
  const meta = [manage ? `Asked by ${ticket.askerName}, ${formatWhen(ticket.createdAt)}` : `Asked ${formatWhen(ticket.createdAt)}`];
  if (ticket.assigneeName && ticket.state !== 'answered' && ticket.state !== 'closed') meta.push(`assigned to ${ticket.assigneeName}`);
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          <span className={styles.number}>#{ticket.number} </span>
          {ticket.question}
        </Subtitle2>
        <Badge appearance="tint" shape="rounded" color={stateColors[ticket.state]}>
          {stateLabels[ticket.state]}
        </Badge>
        {ticket.kbEntryId !== null && (
          <Badge appearance="outline" shape="rounded" color="brand">
            In the knowledge base
          </Badge>
        )}
      </div>
      <Caption1 className={styles.meta}>{meta.join(' · ')}</Caption1>
      {ticket.details !== null && ticket.details !== undefined && (
        <Body1 as="p" className={styles.said}>
          <span className={styles.meta}>Details: </span>
          {ticket.details}
        </Body1>
      )}
      {manage && ticket.botKnew && <BotKnew knew={ticket.botKnew} />}
      {ticket.answer !== null ? (
        <div className={styles.answer}>
          <Caption1 className={styles.meta}>
            Answer from {ticket.answeredByName ?? 'an expert'}
            {ticket.answeredAt !== null ? `, ${formatWhen(ticket.answeredAt)}` : ''}
          </Caption1>
          <Markdown text={ticket.answer} />
        </div>
      ) : (
        !manage &&
        ticket.state !== 'closed' && (
          <Body1 as="p" className={styles.waiting}>
            No answer yet. You'll see it here as soon as an expert replies.
          </Body1>
        )
      )}
      {ticket.makerReply !== null && ticket.makerReply !== undefined && (
        <Body1 as="p" className={styles.said}>
          <span className={styles.meta}>{manage ? `${ticket.askerName} replied` : 'You replied'}
          {ticket.makerReplyAt ? `, ${formatWhen(ticket.makerReplyAt)}` : ''}: </span>
          {ticket.makerReply}
        </Body1>
      )}
      {manage && <TicketActions ticket={ticket} onChanged={onChanged} />}
      {!manage && ticket.answer !== null && <TicketReply ticket={ticket} onChanged={onChanged} />}
    </Card>
  );
}
