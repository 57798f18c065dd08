import { HatGraduationRegular } from '@fluentui/react-icons';
import { CardGrid } from '../../components/card-grid';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page, PageSection } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { fetchTraining, type TrainingOverview } from './api';
import { PathCard } from './path-card';

/** The paths, the recommended one first. */
function Paths({ overview }: { readonly overview: TrainingOverview }) {
  const { paths, recommendation } = overview;
  if (paths.length === 0)
    return (
      <EmptyState icon={<HatGraduationRegular />} title="No training paths yet">
        Once the CoE publishes training paths, you can follow them module by module, pick up where you left off and earn a badge for each path you complete.
      </EmptyState>
    );
  const ordered = [...paths].sort((a, b) => Number(b.id === recommendation?.pathId) - Number(a.id === recommendation?.pathId));
  return (
    <PageSection title="Your paths">
      <CardGrid minCardWidth={300}>
        {ordered.map((path) => (
          <li key={path.id}>
            <PathCard path={path} highlight={path.id === recommendation?.pathId ? (recommendation.reason === 'continue' ? 'Continue' : 'Recommended') : undefined} />
          </li>
        ))}
      </CardGrid>
    </PageSection>
  );
}

/** Training: every path with the person's progress. */
export function TrainingPage() {
  const state = useApi((client, signal) => fetchTraining(client, signal));
  return (
    <Page title="Training paths" description="Learning paths for every role and level, from your first app to ALM for pro developers.">
      {state.status === 'loading' && <LoadingState label="Loading your training paths…" />}
      {state.status === 'error' && <ErrorState title="We couldn't load the training paths" error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && <Paths overview={state.data} />}
    </Page>
  );
}
