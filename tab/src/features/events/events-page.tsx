import { CalendarLtrRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';

/** Events: upcoming and past community events and the user's RSVPs. */
export function EventsPage() {
  return (
    <Page
      title="Community events"
      description="Office hours, community calls, webinars and hackathons run by the CoE."
    >
      <EmptyState icon={<CalendarLtrRegular />} title="No upcoming events">
        When the CoE schedules an event it will appear here, with its details, your RSVP and a link
        to add it to your calendar.
      </EmptyState>
    </Page>
  );
}
