import { DataTrendingRegular } from '@fluentui/react-icons';
import { AdminLinkCard } from '../../components/admin-link-card';
import { useTranslation } from '../../lib/translation';

/** The Admin page's way into Insights (the KPI dashboard and the sponsor report). */
export function InsightsAdminLink() {
  const { t } = useTranslation();
  return (
    <AdminLinkCard
      title={t('insights.adminLink.title')}
      description={t('insights.adminLink.description')}
      to="/admin/insights"
      icon={<DataTrendingRegular />}
      label={t('insights.adminLink.open')}
      primary
    />
  );
}
