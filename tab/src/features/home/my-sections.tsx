import { Badge, Button } from '@fluentui/react-components';
import { VideoRegular } from '@fluentui/react-icons';
import { AppLink } from '../../components/app-link';
import { PageSection } from '../../components/page';
import { formatDay, formatTimeRange } from '../events/format';
import { formatDate } from '../requests/format';
import { ItemList } from './item-list';
import type { HomeView } from './types';

const RSVP: Record<string, string> = { going: 'Going', maybe: 'Maybe' };
const TICKET: Record<string, string> = { open: 'Waiting for an expert', assigned: 'An expert is on it', answered: 'Answered', closed: 'Closed', reopened: 'Reopened' };
const STORY: Record<string, string> = { pending: 'In review', 'changes-requested': 'Changes requested', published: 'Published', declined: 'Declined' };

/** My next events, with my answer and, when it is about to start, the button to join. */
export function MyEventsSection({ home }: { readonly home: HomeView }) {
  return (
    <PageSection title="Your next events">
      <ItemList
        label="Your next events"
        rows={home.events.map((e) => ({
          key: e.id,
          to: e.link,
          title: e.title,
          meta: `${formatDay(e.startsAt)}, ${formatTimeRange(e)}`,
          end: (
            <>
              <Badge appearance="tint" shape="rounded" color={e.response === 'going' ? 'success' : 'informative'}>
                {e.waitlisted ? 'On the wait list' : (RSVP[e.response] ?? e.response)}
              </Badge>
              {e.joinUrl !== null && (
                <Button as="a" href={e.joinUrl} target="_blank" rel="noreferrer" appearance="primary" icon={<VideoRegular />}>
                  Join now
                </Button>
              )}
            </>
          ),
        }))}
        empty={
          <>
            No events yet. <AppLink to="/events" inline>See what is coming up</AppLink>
          </>
        }
      />
    </PageSection>
  );
}

/** My requests, my questions to experts (with their answers) and my stories, side by side in the page flow. */
export function MyThingsSections({ home }: { readonly home: HomeView }) {
  return (
    <>
      <PageSection title="Your questions to experts">
        <ItemList
          label="Your questions to experts"
          rows={home.questions.map((q) => ({
            key: q.ticketId,
            to: '/ask?view=mine',
            title: q.question,
            meta: q.answer ? `Answer: ${q.answer.length > 140 ? `${q.answer.slice(0, 139)}…` : q.answer}` : `Ticket ${q.number}`,
            end: <Badge appearance="tint" shape="rounded" color={q.state === 'answered' ? 'success' : 'informative'}>{TICKET[q.state] ?? q.state}</Badge>,
          }))}
          empty={
            <>
              When the knowledge base is not enough, an expert answers you here. <AppLink to="/ask" inline>Ask a question</AppLink>
            </>
          }
        />
      </PageSection>
      <PageSection title="Your environment requests">
        <ItemList
          label="Your environment requests"
          rows={home.requests.map((r) => ({ key: r.id, to: '/requests', title: r.displayName, meta: `${r.reference} · updated ${formatDate(r.updatedAt)}`, end: <Badge appearance="tint" shape="rounded">{r.status.replace(/-/g, ' ')}</Badge> }))}
          empty={
            <>
              No requests. <AppLink to="/requests" inline>Request an environment</AppLink>
            </>
          }
        />
      </PageSection>
      <PageSection title={home.kudosReceived > 0 ? `Your stories · ${home.kudosReceived} kudos` : 'Your stories'}>
        <ItemList
          label="Your stories"
          rows={home.stories.map((s) => ({ key: s.id, to: s.link, title: s.title, meta: s.status === 'published' ? `${s.kudosCount} kudos` : undefined, end: <Badge appearance="tint" shape="rounded">{STORY[s.status] ?? s.status}</Badge> }))}
          empty={
            <>
              Built something that saves time? <AppLink to="/stories/new" inline>Share your story</AppLink>
            </>
          }
        />
      </PageSection>
    </>
  );
}
