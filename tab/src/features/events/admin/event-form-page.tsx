import { useState } from 'react';
import { useNavigate, useParams } from '../../../lib/router';
import { RequireRole } from '../../../app/session/require-role';
import { BackLink } from '../../../components/back-link';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Page } from '../../../components/page';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useApi } from '../../../lib/use-api';
import { createEvent, fetchEvent, updateEvent, type CommunityEvent, type EventDraft } from '../api';
import { EventForm } from './event-form';
import type { EventSavedState } from './event-saved-notice';

function FormPage({ event }: { readonly event?: CommunityEvent }) {
  const client = useApiClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(draft: EventDraft) {
    setBusy(true);
    setError(null);
    try {
      const saved = event ? await updateEvent(client, event.id, draft, event.version) : await createEvent(client, draft);
      const state: EventSavedState = { saved: event ? 'updated' : 'created' };
      navigate(`/events/${encodeURIComponent(saved.id)}`, { state });
    } catch (e) {
      setError(toApiError(e));
      setBusy(false);
    }
  }

  return (
    <Page title={event ? `Edit “${event.title}”` : 'New event'} documentTitle={event ? 'Edit event' : 'New event'} description="Attendees hear about changes to the time, place or link, and announced cards update themselves.">
      <BackLink to="/admin">Admin</BackLink>
      <EventForm event={event} busy={busy} error={error} onSubmit={(d) => void save(d)} onCancel={() => navigate(event ? `/events/${encodeURIComponent(event.id)}` : '/admin')} />
    </Page>
  );
}

function EditPage({ eventId }: { readonly eventId: string }) {
  const loaded = useApi((client, signal) => fetchEvent(client, eventId, signal), [eventId]);
  if (loaded.status === 'loading') return <Page title="Edit event"><LoadingState label="Loading the event…" /></Page>;
  if (loaded.status === 'error') return <Page title="Edit event"><ErrorState title="We couldn't load this event" error={loaded.error} onRetry={loaded.retry} /></Page>;
  return <FormPage event={loaded.data.event} />;
}

/** /admin/events/new and /admin/events/:eventId/edit (coe-admins; the server checks too). */
export function EventFormPage() {
  const { eventId } = useParams();
  return (
    <RequireRole role="coe-admin" pageTitle={eventId ? 'Edit event' : 'New event'}>
      {eventId ? <EditPage eventId={eventId} /> : <FormPage />}
    </RequireRole>
  );
}
