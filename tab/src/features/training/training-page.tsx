import { makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { HatGraduationRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { fetchTraining } from './api';
import { PathCard } from './path-card';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
});

/** Training: every path with the person's progress; the recommended one first. */
export function TrainingPage() {
  const styles = useStyles();
  const headingId = useId();
  const state = useApi((client, signal) => fetchTraining(client, signal));
  const description = 'Learning paths for every role and level, from your first app to ALM for pro developers.';

  if (state.status === 'loading') return <Page title="Training paths" description={description}><LoadingState label="Loading your training paths…" /></Page>;
  if (state.status === 'error') return <Page title="Training paths" description={description}><ErrorState title="We couldn't load the training paths" error={state.error} onRetry={state.retry} /></Page>;

  const { paths, recommendation } = state.data;
  const ordered = [...paths].sort((a, b) => Number(b.id === recommendation?.pathId) - Number(a.id === recommendation?.pathId));
  return (
    <Page title="Training paths" description={description}>
      {paths.length === 0 ? (
        <EmptyState icon={<HatGraduationRegular />} title="No training paths yet">
          Once the CoE publishes training paths, you can follow them module by module, pick up where you left off and earn a badge for each path you complete.
        </EmptyState>
      ) : (
        <section className={styles.section} aria-labelledby={headingId}>
          <Subtitle1 as="h2" id={headingId} className={styles.heading}>
            Your paths
          </Subtitle1>
          <ul className={styles.grid}>
            {ordered.map((path) => (
              <li key={path.id}>
                <PathCard path={path} highlight={path.id === recommendation?.pathId ? (recommendation.reason === 'continue' ? 'Continue' : 'Recommended') : undefined} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
