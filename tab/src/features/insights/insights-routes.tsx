import { Route, Routes } from '../../lib/router';
import { InsightsPage } from './insights-page';
import { SponsorReportPage } from './sponsor-report-page';

/** /admin/insights (the dashboard) and /admin/insights/report (the printable sponsor report). */
export function InsightsRoutes() {
  return (
    <Routes>
      <Route index element={<InsightsPage />} />
      <Route path="report" element={<SponsorReportPage />} />
    </Routes>
  );
}
