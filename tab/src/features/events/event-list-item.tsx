import { Badge, Body1, Caption1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular, PeopleRegular } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import type { EventSummary } from './api';
import { countsText, formatDay, formatTimeRange, standingLabels } from './format';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  title: { margin: 0 },
  link: {
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    '::after': { content: '""', position: 'absolute', inset: 0, borderRadius: tokens.borderRadiusMedium },
    ':focus-visible': { outline: 'none' },
    ':focus-visible::after': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, color: tokens.colorNeutralForeground2 },
  cancelled: { textDecoration: 'line-through' },
});

/** One event in the list: type, title, when (in the viewer's zone), counts and the viewer's answer. */
export function EventListItem({ summary }: { readonly summary: EventSummary }) {
  const styles = useStyles();
  const { event, counts, mine } = summary;
  const cancelled = event.status === 'cancelled';
  return (
    <Card className={styles.card} focusMode="off">
      <div className={styles.badges}>
        <Badge appearance="tint" color="informative">
          {event.typeLabel}
        </Badge>
        {cancelled && (
          <Badge appearance="filled" color="danger">
            Cancelled
          </Badge>
        )}
        {mine !== null && !cancelled && (
          <Badge appearance="filled" color={mine === 'going' ? 'success' : mine === 'not-going' ? 'subtle' : 'warning'}>
            {standingLabels[mine]}
          </Badge>
        )}
      </div>
      <Subtitle2 as="h3" className={styles.title}>
        <Link to={`/events/${encodeURIComponent(event.id)}`} className={styles.link}>
          <span className={cancelled ? styles.cancelled : undefined}>{event.title}</span>
        </Link>
      </Subtitle2>
      <Body1 as="p" className={styles.line}>
        <CalendarLtrRegular aria-hidden="true" />
        {formatDay(event.startsAt)}, {formatTimeRange(event)}
      </Body1>
      {!cancelled && (
        <Caption1 as="p" className={styles.line}>
          <PeopleRegular aria-hidden="true" />
          {countsText(counts)}
        </Caption1>
      )}
    </Card>
  );
}
