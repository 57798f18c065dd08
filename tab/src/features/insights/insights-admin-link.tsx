import { DataTrendingRegular } from '@fluentui/react-icons';
import { AdminLinkCard } from '../../components/admin-link-card';

/** The Admin page's way into Insights (the KPI dashboard and the sponsor report). */
export function InsightsAdminLink() {
  return (
    <AdminLinkCard
      title="Insights"
      description="Adoption figures for any period: active makers, questions and knowledge gaps, environments, stories, training and events, with CSV exports and a sponsor report."
      to="/admin/insights"
      icon={<DataTrendingRegular />}
      label="Open Insights"
      primary
    />
  );
}
