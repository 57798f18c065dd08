import { Suspense } from 'react';
import { Route, Routes } from '../lib/router';
import { HomePage } from '../features/home/home-page';
import { lazyPage } from './lazy-page';
import { PageLoading } from './page-loading';
import { AppShell } from './shell/app-shell';

// Home is where the tab opens, so it ships with the first load; every other feature is fetched
// when first shown (a Suspense boundary in the shell keeps the header and navigation meanwhile),
// with the words its list in page-words.ts names (Home's are in the first load's list, `first`).
const AskPage = lazyPage(() => import('../features/ask/ask-page'), 'AskPage', 'ask');
const TrainingRoutes = lazyPage(() => import('../features/training/training-routes'), 'TrainingRoutes', 'training');
const EventsRoutes = lazyPage(() => import('../features/events/events-routes'), 'EventsRoutes', 'events');
const EventAdminRoutes = lazyPage(() => import('../features/events/events-routes'), 'EventAdminRoutes', 'events');
const StoriesRoutes = lazyPage(() => import('../features/stories/stories-routes'), 'StoriesRoutes', 'stories');
const RequestsPage = lazyPage(() => import('../features/environments/requests-page'), 'RequestsPage', 'requests');
const AdminPage = lazyPage(() => import('../features/admin/admin-page'), 'AdminPage', 'admin');
const InsightsRoutes = lazyPage(() => import('../features/insights/insights-routes'), 'InsightsRoutes', 'insights');
const MyActivityPage = lazyPage(() => import('../features/activity/my-activity-page'), 'MyActivityPage', 'activity');
const ConfigPage = lazyPage(() => import('../features/config/config-page'), 'ConfigPage', 'config');
const NotFoundPage = lazyPage(() => import('../features/not-found/not-found-page'), 'NotFoundPage', 'notFound');
const SearchPage = lazyPage(() => import('../features/search/search-page'), 'SearchPage', 'search');

/**
 * Every path the tab answers. The server returns index.html for any non-API path, so deep links
 * (Teams static tabs, channel tabs, bot card links) land here.
 */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
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
    </Suspense>
  );
}
