import { Route, Routes } from 'react-router-dom';
import { MyActivityPage } from '../features/activity/my-activity-page';
import { AdminPage } from '../features/admin/admin-page';
import { AskPage } from '../features/ask/ask-page';
import { ConfigPage } from '../features/config/config-page';
import { EventAdminRoutes, EventsRoutes } from '../features/events/events-routes';
import { HomePage } from '../features/home/home-page';
import { InsightsRoutes } from '../features/insights/insights-routes';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { SearchPage } from '../features/search/search-page';
import { RequestsPage } from '../features/requests/requests-page';
import { StoriesRoutes } from '../features/stories/stories-routes';
import { TrainingRoutes } from '../features/training/training-routes';
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
        <Route path="training/*" element={<TrainingRoutes />} />
        <Route path="events/*" element={<EventsRoutes />} />
        <Route path="stories/*" element={<StoriesRoutes />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="admin/events/*" element={<EventAdminRoutes />} />
        <Route path="admin/insights/*" element={<InsightsRoutes />} />
        <Route path="activity" element={<MyActivityPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
