import { Route, Routes } from 'react-router-dom';
import { AdminPage } from '../features/admin/admin-page';
import { AskPage } from '../features/ask/ask-page';
import { ConfigPage } from '../features/config/config-page';
import { EventsPage } from '../features/events/events-page';
import { HomePage } from '../features/home/home-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { RequestsPage } from '../features/requests/requests-page';
import { StoriesPage } from '../features/stories/stories-page';
import { TrainingPage } from '../features/training/training-page';
import { AppShell } from './shell/app-shell';

/**
 * Every path the tab answers. The server returns index.html for any non-API path, so deep links
 * (Teams static tabs, channel tabs, bot card links) land here.
 */
export function AppRoutes() {
  return (
    <Routes>
      {/* Shown inside Teams' "add a tab" dialog: no app chrome, no user needed. */}
      <Route path="/config" element={<ConfigPage />} />
      <Route element={<AppShell />}>
        <Route index element={<HomePage />} />
        <Route path="ask" element={<AskPage />} />
        <Route path="training" element={<TrainingPage />} />
        <Route path="events" element={<EventsPage />} />
        <Route path="stories" element={<StoriesPage />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
