import { ClipboardTaskListLtrRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';

/** My requests: the user's environment requests and their status. */
export function RequestsPage() {
  return (
    <Page
      title="My requests"
      description="Power Platform environments you asked for, and where each request stands."
    >
      <EmptyState icon={<ClipboardTaskListLtrRegular />} title="No requests yet">
        Environment requests you make will appear here, with their approval status, the
        environment's link once it is ready and its expiry date.
      </EmptyState>
    </Page>
  );
}
