import { Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, tokens } from '@fluentui/react-components';
import { CalendarAddRegular, LocationRegular, PeopleRegular, VideoRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../lib/translation';
import { useLocation, useParams } from '../../lib/router';
import { useHasRole } from '../../app/session/session-context';
import { BackLink } from '../../components/back-link';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page, PageSection } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { useApi } from '../../lib/use-api';
import { useSubmission } from '../../lib/use-submission';
import { fetchEvent, rsvp, type EventDetail, type RsvpResponse } from './api';
import { AdminEventActions } from './admin/admin-event-actions';
import { EventSavedNotice, type EventSavedState } from './admin/event-saved-notice';
import { FeedbackSection } from './feedback-section';
import { countsLine, formatDay, formatTimeRange, plannedNote, seatsText } from './format';
import { RsvpButtons } from './rsvp-buttons';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, overflowWrap: 'anywhere' },
  when: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
  about: { gap: tokens.spacingVerticalS },
  description: { margin: 0, whiteSpace: 'pre-wrap' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  attendees: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** One event: when (in the viewer's zone), where, who is coming, the viewer's RSVP, calendar and feedback. */
export function EventPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const loaded = useApi((client, signal) => fetchEvent(client, eventId, signal), [eventId]);
  if (loaded.status === 'loading') return <Page title={t('events.detail.title')}><LoadingState label={t('events.detail.loading')} /></Page>;
  if (loaded.status === 'error') return <Page title={t('events.detail.title')}><ErrorState title={t('events.detail.loadError')} error={loaded.error} onRetry={loaded.retry} /></Page>;
  return <EventView initial={loaded.data} reload={loaded.retry} />;
}

function EventView({ initial, reload }: { readonly initial: EventDetail; readonly reload: () => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const { t } = useTranslation();
  const isAdmin = useHasRole('coe-admin');
  const [detail, setDetail] = useState(initial);
  const { busy, error, submit } = useSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  const saved = (useLocation().state as EventSavedState | null)?.saved;
  useEffect(() => setDetail(initial), [initial]);
  const { event, counts } = detail;
  const cancelled = event.status === 'cancelled';
  const over = new Date(event.endsAt).getTime() <= Date.now();
  const planned = plannedNote(event, t);

  async function answer(response: RsvpResponse) {
    const a = await rsvp(client, event.id, response);
    setDetail((d) => ({ ...d, mine: a.standing, counts: a.counts, waitlistPosition: a.waitlistPosition }));
    setNotice(a.standing === 'waitlisted' ? t('events.detail.full', { position: a.waitlistPosition ?? '?' }) : t('events.detail.answered', { answer: t(`events.standing.${a.standing}`) }));
  }

  return (
    <Page title={event.title} description={event.audienceNote ?? undefined}>
      <BackLink to="/events">{t('events.detail.allEvents')}</BackLink>
      {saved !== undefined && <EventSavedNotice saved={saved} title={event.title} />}
      <div className={styles.badges}>
        <Badge appearance="tint" color="informative">
          {t(`events.type.${event.type}`)}
        </Badge>
        {cancelled && (
          <Badge appearance="filled" color="danger">
            {t('events.cancelled')}
          </Badge>
        )}
        {over && !cancelled && <Badge appearance="outline">{t('events.detail.ended')}</Badge>}
      </div>
      {cancelled && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('events.detail.cancelledTitle')}</MessageBarTitle>
            {event.cancelReason}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.panel} aria-label={t('events.detail.whenWhere')}>
        <Body1 as="p" className={`${styles.line} ${styles.when}`}>
          {formatDay(event.startsAt)}, {formatTimeRange(event)}
        </Body1>
        {planned !== null && <Caption1 className={styles.muted}>{planned}</Caption1>}
        {event.location !== null && (
          <Body1 as="p" className={styles.line}>
            <LocationRegular aria-hidden="true" /> {event.location}
          </Body1>
        )}
        {event.meetingUrl !== null && (
          <Body1 as="p" className={styles.line}>
            <VideoRegular aria-hidden="true" /> {t('events.detail.online')}
          </Body1>
        )}
        <Body1 as="p" className={styles.line}>
          <PeopleRegular aria-hidden="true" /> {countsLine(counts, t)} · {seatsText(counts, t)}
        </Body1>
        <div className={styles.actions}>
          {event.meetingUrl !== null && !cancelled && !over && (
            <Button as="a" appearance="primary" icon={<VideoRegular />} href={event.meetingUrl} target="_blank" rel="noopener noreferrer">
              {t('events.detail.joinMeeting')}
            </Button>
          )}
          <Button as="a" icon={<CalendarAddRegular />} href={event.calendarUrl} download>
            {t(cancelled ? 'events.detail.removeFromCalendar' : 'events.detail.addToCalendar')}
          </Button>
        </div>
      </section>
      {!cancelled && !over && (
        <section className={styles.panel} aria-label={t('events.detail.rsvp')}>
          <Subtitle1 as="h2" className={styles.heading}>
            {t('events.detail.areYouComing')}
          </Subtitle1>
          <RsvpButtons standing={detail.mine} disabled={busy} onAnswer={(r) => void submit(() => answer(r))} />
          <div aria-live="polite">
            {detail.mine === 'waitlisted' && notice === null && <Body1>{t('events.detail.waitlisted', { position: detail.waitlistPosition ?? '?' })}</Body1>}
            {notice !== null && <Body1>{notice}</Body1>}
          </div>
          {error !== null && <ErrorState title={t('events.detail.notSaved')} error={error} />}
        </section>
      )}
      {event.description !== '' && (
        <PageSection title={t('events.detail.about')} className={styles.about}>
          <Body1 as="p" className={styles.description}>
            {event.description}
          </Body1>
        </PageSection>
      )}
      <FeedbackSection detail={detail} onSaved={(feedback) => setDetail((d) => ({ ...d, feedback }))} />
      {isAdmin && <AdminEventActions detail={detail} onChanged={reload} />}
    </Page>
  );
}
