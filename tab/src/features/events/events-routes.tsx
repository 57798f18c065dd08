import { Route, Routes } from '../../lib/router';
import { EventFormPage } from './admin/event-form-page';
import { EventPage } from './event-page';
import { EventsPage } from './events-page';

/** /events (list) and /events/:eventId (details, RSVP, feedback). */
export function EventsRoutes() {
  return (
    <Routes>
      <Route index element={<EventsPage />} />
      <Route path=":eventId" element={<EventPage />} />
    </Routes>
  );
}

/** /admin/events/new and /admin/events/:eventId/edit (coe-admins). */
export function EventAdminRoutes() {
  return (
    <Routes>
      <Route path="new" element={<EventFormPage />} />
      <Route path=":eventId/edit" element={<EventFormPage />} />
    </Routes>
  );
}
