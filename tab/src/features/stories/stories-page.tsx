import { TrophyRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';

/** Stories: the gallery of published success stories. */
export function StoriesPage() {
  return (
    <Page
      title="Success stories"
      description="Apps, flows and bots the community shipped, and the difference they made."
    >
      <EmptyState icon={<TrophyRegular />} title="No stories published yet">
        Published success stories will appear here, with the problem they solved and the hours they
        save. Built something useful? Share it with the Maker Hub bot.
      </EmptyState>
    </Page>
  );
}
