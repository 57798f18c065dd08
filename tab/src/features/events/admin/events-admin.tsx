import { Badge, Body1, Button, Caption1, Card, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { Link, useNavigate } from '../../../lib/router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { fetchEvents } from '../api';
import { countsLine, formatDay, formatTimeRange } from '../format';
import { AnnounceDialog } from './announce-dialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  card: { gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalL },
  title: { margin: 0 },
  link: { color: tokens.colorBrandForegroundLink, textDecoration: 'none', ':hover': { textDecoration: 'underline' } },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** The Admin page's events section: upcoming events with announce, and a way to create one. */
export function EventsAdmin() {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const state = useApi((client, signal) => fetchEvents(client, { when: 'upcoming' }, signal));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {t('events.admin.section')}
        </Subtitle1>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('/admin/events/new')}>
          {t('events.admin.new')}
        </Button>
      </div>
      {state.status === 'loading' && <LoadingState label={t('events.loading')} />}
      {state.status === 'error' && <ErrorState title={t('events.loadError')} error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && state.data.length === 0 && <Body1>{t('events.admin.empty')}</Body1>}
      {state.status === 'success' && state.data.length > 0 && (
        <ul className={styles.list}>
          {state.data.map(({ event, counts }) => (
            <li key={event.id}>
              <Card className={styles.card}>
                <Subtitle2 as="h3" className={styles.title}>
                  <Link to={`/events/${encodeURIComponent(event.id)}`} className={styles.link}>
                    {event.title}
                  </Link>{' '}
                  {event.status === 'cancelled' && (
                    <Badge appearance="filled" color="danger">
                      {t('events.cancelled')}
                    </Badge>
                  )}
                </Subtitle2>
                <Caption1 className={styles.muted}>
                  {t(`events.type.${event.type}`)} · {formatDay(event.startsAt)}, {formatTimeRange(event)} · {countsLine(counts, t)}
                </Caption1>
                <div className={styles.actions}>
                  <Button size="small" disabled={event.status === 'cancelled'} onClick={() => navigate(`/admin/events/${encodeURIComponent(event.id)}/edit`)}>
                    {t('events.admin.edit')}
                  </Button>
                  <AnnounceDialog event={event} />
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
