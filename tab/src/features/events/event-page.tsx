import { Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, tokens } from '@fluentui/react-components';
import { CalendarAddRegular, LocationRegular, PeopleRegular, VideoRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
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
import { FeedbackSection } from './feedback-section';
import { countsText, formatDay, formatTimeRange, plannedNote, seatsText, standingLabels } from './format';
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
  const loaded = useApi((client, signal) => fetchEvent(client, eventId, signal), [eventId]);
  if (loaded.status === 'loading') return <Page title="Event"><LoadingState label="Loading the event…" /></Page>;
  if (loaded.status === 'error') return <Page title="Event"><ErrorState title="We couldn't load this event" error={loaded.error} onRetry={loaded.retry} /></Page>;
  return <EventView initial={loaded.data} reload={loaded.retry} />;
}

function EventView({ initial, reload }: { readonly initial: EventDetail; readonly reload: () => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const isAdmin = useHasRole('coe-admin');
  const [detail, setDetail] = useState(initial);
  const { busy, error, submit } = useSubmission();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => setDetail(initial), [initial]);
  const { event, counts } = detail;
  const cancelled = event.status === 'cancelled';
  const over = new Date(event.endsAt).getTime() <= Date.now();
  const planned = plannedNote(event);

  async function answer(response: RsvpResponse) {
    const a = await rsvp(client, event.id, response);
    setDetail((d) => ({ ...d, mine: a.standing, counts: a.counts, waitlistPosition: a.waitlistPosition }));
    setNotice(a.standing === 'waitlisted' ? `It's full, so you're on the wait list (number ${a.waitlistPosition ?? '?'}). You move up automatically when a seat opens.` : `Your answer: ${standingLabels[a.standing]}.`);
  }

  return (
    <Page title={event.title} description={event.audienceNote ?? undefined}>
      <BackLink to="/events">All events</BackLink>
      <div className={styles.badges}>
        <Badge appearance="tint" color="informative">
          {event.typeLabel}
        </Badge>
        {cancelled && (
          <Badge appearance="filled" color="danger">
            Cancelled
          </Badge>
        )}
        {over && !cancelled && <Badge appearance="outline">Ended</Badge>}
      </div>
      {cancelled && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>This event was cancelled</MessageBarTitle>
            {event.cancelReason}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.panel} aria-label="When and where">
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
            <VideoRegular aria-hidden="true" /> Online (Teams meeting)
          </Body1>
        )}
        <Body1 as="p" className={styles.line}>
          <PeopleRegular aria-hidden="true" /> {countsText(counts)} · {seatsText(counts)}
        </Body1>
        <div className={styles.actions}>
          {event.meetingUrl !== null && !cancelled && !over && (
            <Button as="a" appearance="primary" icon={<VideoRegular />} href={event.meetingUrl} target="_blank" rel="noopener noreferrer">
              Join meeting
            </Button>
          )}
          <Button as="a" icon={<CalendarAddRegular />} href={event.calendarUrl} download>
            {cancelled ? 'Remove from calendar (.ics)' : 'Add to calendar (.ics)'}
          </Button>
        </div>
      </section>
      {!cancelled && !over && (
        <section className={styles.panel} aria-label="Your RSVP">
          <Subtitle1 as="h2" className={styles.heading}>
            Are you coming?
          </Subtitle1>
          <RsvpButtons standing={detail.mine} disabled={busy} onAnswer={(r) => void submit(() => answer(r))} />
          <div aria-live="polite">
            {detail.mine === 'waitlisted' && notice === null && <Body1>You're on the wait list (number {detail.waitlistPosition}). You move up automatically when a seat opens.</Body1>}
            {notice !== null && <Body1>{notice}</Body1>}
          </div>
          {error !== null && <ErrorState title="Your answer was not saved" error={error} />}
        </section>
      )}
      {event.description !== '' && (
        <PageSection title="About this event" className={styles.about}>
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
