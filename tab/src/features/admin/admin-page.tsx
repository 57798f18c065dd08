import { ShieldPersonRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import { RequireRole } from '../../app/session/require-role';
import { EnvironmentRequestsSection } from './environment-requests-section';
import { EventsAdmin } from '../events/admin/events-admin';
import { InsightsAdminLink } from '../insights/insights-admin-link';
import { TrainingAdmin } from '../training/admin/training-admin';

const title = 'CoE admin';

/** Admin: the CoE team's workspace (approvals, content, roles, KPIs). */
export function AdminPage() {
  return (
    <RequireRole role="coe-admin" pageTitle={title}>
      <Page title={title} description="Run Maker Hub for your makers: approvals, content, roles and KPIs.">
        <InsightsAdminLink />
        <EnvironmentRequestsSection />
        <EventsAdmin />
        <TrainingAdmin />
        <EmptyState icon={<ShieldPersonRegular />} title="More to come">
          FAQ entries and roles will appear here.
        </EmptyState>
      </Page>
    </RequireRole>
  );
}
