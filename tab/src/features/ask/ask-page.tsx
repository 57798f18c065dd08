import { ChatHelpRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';

/** Ask: the knowledge base and the questions the user escalated to experts. */
export function AskPage() {
  return (
    <Page
      title="Ask the CoE"
      description="Search the CoE knowledge base and follow the questions you passed on to an expert."
    >
      <EmptyState icon={<ChatHelpRegular />} title="No questions yet">
        Questions you ask Maker Hub, and the answers experts give you, will appear here. You can
        also ask anytime in a chat with the Maker Hub bot.
      </EmptyState>
    </Page>
  );
}
