import { HatGraduationRegular } from '@fluentui/react-icons';
import { EmptyState } from '../../components/empty-state';
import { Page } from '../../components/page';

/** Training: curated learning paths and the user's progress. */
export function TrainingPage() {
  return (
    <Page
      title="Training paths"
      description="Learning paths for every role and level, from your first app to ALM for pro developers."
    >
      <EmptyState icon={<HatGraduationRegular />} title="Your learning paths will appear here">
        Once the CoE publishes training paths, you can follow them module by module, pick up where
        you left off and earn a badge for each path you complete.
      </EmptyState>
    </Page>
  );
}
