import { useState } from 'react';
import { useNavigate, useParams } from '../../../lib/router';
import { RequireRole } from '../../../app/session/require-role';
import { BackLink } from '../../../components/back-link';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { Page } from '../../../components/page';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError, type ApiError } from '../../../lib/api-error';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { createEvent, fetchEvent, updateEvent, type CommunityEvent, type EventDraft } from '../api';
import { EventForm } from './event-form';
import type { EventSavedState } from './event-saved-notice';

function FormPage({ event }: { readonly event?: CommunityEvent }) {
  const { t } = useTranslation();
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
    <Page title={event ? t('events.admin.form.editTitle', { title: event.title }) : t('events.admin.form.newTitle')} documentTitle={event ? t('events.admin.form.editDocumentTitle') : t('events.admin.form.newTitle')} description={t('events.admin.form.description')}>
      <BackLink to="/admin">{t('pages.admin.label')}</BackLink>
      <EventForm event={event} busy={busy} error={error} onSubmit={(d) => void save(d)} onCancel={() => navigate(event ? `/events/${encodeURIComponent(event.id)}` : '/admin')} />
    </Page>
  );
}

function EditPage({ eventId }: { readonly eventId: string }) {
  const { t } = useTranslation();
  const loaded = useApi((client, signal) => fetchEvent(client, eventId, signal), [eventId]);
  const title = t('events.admin.form.editDocumentTitle');
  if (loaded.status === 'loading') return <Page title={title}><LoadingState label={t('events.detail.loading')} /></Page>;
  if (loaded.status === 'error') return <Page title={title}><ErrorState title={t('events.detail.loadError')} error={loaded.error} onRetry={loaded.retry} /></Page>;
  return <FormPage event={loaded.data.event} />;
}

/** /admin/events/new and /admin/events/:eventId/edit (coe-admins; the server checks too). */
export function EventFormPage() {
  const { t } = useTranslation();
  const { eventId } = useParams();
  return (
    <RequireRole role="coe-admin" pageTitle={eventId ? t('events.admin.form.editDocumentTitle') : t('events.admin.form.newTitle')}>
      {eventId ? <EditPage eventId={eventId} /> : <FormPage />}
    </RequireRole>
  );
}
