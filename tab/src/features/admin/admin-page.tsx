import { ShieldPersonRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';
import { RequireRole } from '../../app/session/require-role';

const title = 'CoE admin';

/** Admin: the CoE team's workspace (approvals, content, roles, KPIs). */
export function AdminPage() {
  return (
    <RequireRole role="coe-admin" pageTitle={title}>
      <Page title={title} description="Run Maker Hub for your makers: approvals, content, roles and KPIs.">
        <EmptyState icon={<ShieldPersonRegular />} title="Nothing waiting for you">
          Environment requests to approve, events, training paths, FAQ entries, roles and the
          adoption dashboard will appear here.
        </EmptyState>
      </Page>
    </RequireRole>
  );
}
