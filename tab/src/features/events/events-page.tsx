import { Field, makeStyles, Select, Tab, TabList, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { itemOfSubPage } from '../../../../src/domain/shared/teams-deep-link';
import { useTeamsHost } from '../../app/host-context';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { eventTypes, fetchEvents, type EventType } from './api';
import { EventListItem } from './event-list-item';

type View = 'upcoming' | 'past' | 'mine';

const typeLabels: Record<EventType, string> = {
  'office-hours': 'Office hours',
  'community-call': 'Community calls',
  webinar: 'Webinars',
  hackathon: 'Hackathons',
  'training-day': 'Training days',
};

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  filter: { minWidth: '200px' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

const emptyText: Record<View, [string, string]> = {
  upcoming: ['No upcoming events', 'When the CoE schedules an event it appears here, with its details, your RSVP and a link to add it to your calendar.'],
  past: ['No past events yet', 'Events that have ended appear here, with their feedback.'],
  mine: ['No RSVPs yet', 'Events you answered "going" or "maybe" to appear here.'],
};

/** Events: upcoming and past events, filtered by type, and the viewer's RSVPs; times in their zone. */
export function EventsPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const host = useTeamsHost();
  const [view, setView] = useState<View>('upcoming');
  const [type, setType] = useState<EventType | ''>('');
  // A card's "Details" deep link opens this tab with the event as its sub-page.
  const eventId = itemOfSubPage(host.inTeams ? host.context.page.subPageId : undefined, 'event');
  useEffect(() => {
    if (eventId) navigate(`/events/${encodeURIComponent(eventId)}`, { replace: true });
  }, [eventId, navigate]);

  const state = useApi(
    (client, signal) => fetchEvents(client, { when: view === 'past' ? 'past' : 'upcoming', mine: view === 'mine', ...(type ? { type } : {}) }, signal),
    [view, type],
  );

  return (
    <Page title="Community events" description="Office hours, community calls, webinars and hackathons run by the CoE. Times are shown in your time zone.">
      <div className={styles.controls}>
        <TabList selectedValue={view} onTabSelect={(_e, data) => setView(data.value as View)} aria-label="Which events">
          <Tab value="upcoming">Upcoming</Tab>
          <Tab value="past">Past</Tab>
          <Tab value="mine">My RSVPs</Tab>
        </TabList>
        <Field label="Type" className={styles.filter}>
          <Select value={type} onChange={(_e, data) => setType(data.value as EventType | '')}>
            <option value="">All types</option>
            {eventTypes.map((t) => (
              <option key={t} value={t}>
                {typeLabels[t]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div aria-live="polite">
        {state.status === 'loading' && <LoadingState label="Loading events…" />}
        {state.status === 'error' && <ErrorState title="We couldn't load the events" error={state.error} onRetry={state.retry} />}
        {state.status === 'success' && state.data.length === 0 && (
          <EmptyState icon={<CalendarLtrRegular />} title={emptyText[view][0]}>
            {emptyText[view][1]}
          </EmptyState>
        )}
        {state.status === 'success' && state.data.length > 0 && (
          <ul className={styles.list} aria-label={`${view === 'past' ? 'Past' : view === 'mine' ? 'My' : 'Upcoming'} events`}>
            {state.data.map((s) => (
              <li key={s.event.id}>
                <EventListItem summary={s} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Page>
  );
}
