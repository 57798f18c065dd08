import { Badge, Body1, Caption1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { quotedAnswer } from '../../components/surface';
import { BotKnew } from './bot-knew';
import { formatWhen, stateColors } from './format';
import { Markdown } from './markdown';
import { TicketActions } from './ticket-actions';
import { TicketReply } from './ticket-reply';
import type { TicketView } from './types';
import type { TFunction } from 'i18next';
import { useTranslation } from '../../lib/translation';

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

/** "Answer from Ada, 2 Mar 2026, 14:05" (the date when the server has it). */
function answeredLine(ticket: TicketView, t: TFunction): string {
  const name = ticket.answeredByName ?? t('tickets.card.anExpert');
  return ticket.answeredAt !== null ? t('tickets.card.answerFromAt', { name, when: formatWhen(ticket.answeredAt) }) : t('tickets.card.answerFrom', { name });
}

/** Who answered the expert back: the asker's name for experts, "You" for the asker. */
function repliedLine(ticket: TicketView, manage: boolean, t: TFunction): string {
  const when = ticket.makerReplyAt ? formatWhen(ticket.makerReplyAt) : undefined;
  if (manage) return when ? t('tickets.card.repliedAt', { name: ticket.askerName, when }) : t('tickets.card.replied', { name: ticket.askerName });
  return when ? t('tickets.card.youRepliedAt', { when }) : t('tickets.card.youReplied');
}

/** One ticket: the question, its state in words, who asked and who took it, and the expert's answer. */
export function TicketCard({ ticket, manage, onChanged }: TicketCardProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const when = formatWhen(ticket.createdAt);
  const meta = [manage ? t('tickets.card.askedBy', { name: ticket.askerName, when }) : t('tickets.card.asked', { when })];
  if (ticket.assigneeName && ticket.state !== 'answered' && ticket.state !== 'closed') meta.push(t('tickets.card.assignedTo', { name: ticket.assigneeName }));
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id={headingId} className={styles.title}>
          <span className={styles.number}>#{ticket.number} </span>
          {ticket.question}
        </Subtitle2>
        <Badge appearance="tint" shape="rounded" color={stateColors[ticket.state]}>
          {t(`tickets.state.${ticket.state}`)}
        </Badge>
        {ticket.kbEntryId !== null && (
          <Badge appearance="outline" shape="rounded" color="brand">
            {t('tickets.card.inKb')}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.meta}>{meta.join(' · ')}</Caption1>
      {ticket.details !== null && ticket.details !== undefined && (
        <Body1 as="p" className={styles.said}>
          <span className={styles.meta}>{t('tickets.card.details')} </span>
          {ticket.details}
        </Body1>
      )}
      {manage && ticket.botKnew && <BotKnew knew={ticket.botKnew} />}
      {ticket.answer !== null ? (
        <div className={styles.answer}>
          <Caption1 className={styles.meta}>
            {answeredLine(ticket, t)}
          </Caption1>
          <Markdown text={ticket.answer} />
        </div>
      ) : (
        !manage &&
        ticket.state !== 'closed' && (
          <Body1 as="p" className={styles.waiting}>
            {t('tickets.card.noAnswer')}
          </Body1>
        )
      )}
      {ticket.makerReply !== null && ticket.makerReply !== undefined && (
        <Body1 as="p" className={styles.said}>
          <span className={styles.meta}>{repliedLine(ticket, manage, t)} </span>
          {ticket.makerReply}
        </Body1>
      )}
      {manage && <TicketActions ticket={ticket} onChanged={onChanged} />}
      {!manage && ticket.answer !== null && <TicketReply ticket={ticket} onChanged={onChanged} />}
    </Card>
  );
}
