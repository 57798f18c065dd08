import { Badge, Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular, PeopleRegular } from '@fluentui/react-icons';
import { useTranslation } from '../../lib/translation';
import { ListCard } from '../../components/list-card';
import type { EventSummary } from './api';
import { countsLine, formatDay, formatTimeRange } from './format';

const useStyles = makeStyles({
  // A list of many events, one under another: tighter than a grid card.
  card: { gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, color: tokens.colorNeutralForeground2 },
  cancelled: { textDecoration: 'line-through' },
});

/** One event in the list: type, title, when (in the viewer's zone), counts and the viewer's answer. */
export function EventListItem({ summary }: { readonly summary: EventSummary }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { event, counts, mine } = summary;
  const cancelled = event.status === 'cancelled';
  return (
    <ListCard
      to={`/events/${encodeURIComponent(event.id)}`}
      title={<span className={cancelled ? styles.cancelled : undefined}>{event.title}</span>}
      className={styles.card}
      badges={
        <>
          <Badge appearance="tint" color="informative">
            {t(`events.type.${event.type}`)}
          </Badge>
          {cancelled && (
            <Badge appearance="filled" color="danger">
              {t('events.cancelled')}
            </Badge>
          )}
          {mine !== null && !cancelled && (
            <Badge appearance="filled" color={mine === 'going' ? 'success' : mine === 'not-going' ? 'subtle' : 'warning'}>
              {t(`events.standing.${mine}`)}
            </Badge>
          )}
        </>
      }
    >
      <Body1 as="p" className={styles.line}>
        <CalendarLtrRegular aria-hidden="true" />
        {formatDay(event.startsAt)}, {formatTimeRange(event)}
      </Body1>
      {!cancelled && (
        <Caption1 as="p" className={styles.line}>
          <PeopleRegular aria-hidden="true" />
          {countsLine(counts, t)}
        </Caption1>
      )}
    </ListCard>
  );
}
