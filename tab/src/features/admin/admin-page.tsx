import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';
import { RequireRole } from '../../app/session/require-role';
import { EnvironmentRequestsSection } from '../environments/admin/environment-requests-section';
import { EventsAdmin } from '../events/admin/events-admin';
import { InsightsAdminLink } from '../insights/insights-admin-link';
import { StoryQueueAdminLink } from '../stories/story-queue-admin-link';
import { TrainingAdmin } from '../training/admin/training-admin';
import { AuditSection } from './control-room/audit-section';
import { FaqSection } from './control-room/faq-section';
import { PersonSection } from './control-room/person-section';
import { RetentionSection } from './control-room/retention-section';
import { RolesSection } from './control-room/roles-section';

/** Admin: the CoE team's control room (approvals, content, roles, privacy, audit, KPIs). */
export function AdminPage() {
  const { t } = useTranslation();
  const title = t('admin.title');
  return (
    <RequireRole role="coe-admin" pageTitle={title}>
      <Page title={title} description={t('admin.description')}>
        <InsightsAdminLink />
        <EnvironmentRequestsSection />
        <StoryQueueAdminLink />
        <EventsAdmin />
        <TrainingAdmin />
        <FaqSection />
        <RolesSection />
        <PersonSection />
        <AuditSection />
        <RetentionSection />
      </Page>
    </RequireRole>
  );
}
