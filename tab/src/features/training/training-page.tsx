import { HatGraduationRegular } from '@fluentui/react-icons';
import { CardGrid } from '../../components/card-grid';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page, PageSection } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { fetchTraining, type TrainingOverview } from './api';
import { PathCard } from './path-card';
import { useTranslation } from '../../lib/translation';

/** The paths, the recommended one first. */
function Paths({ overview }: { readonly overview: TrainingOverview }) {
  const { paths, recommendation } = overview;
  const { t } = useTranslation();
  if (paths.length === 0)
    return (
      <EmptyState icon={<HatGraduationRegular />} title={t('training.empty.title')}>
        {t('training.empty.body')}
      </EmptyState>
    );
  const ordered = [...paths].sort((a, b) => Number(b.id === recommendation?.pathId) - Number(a.id === recommendation?.pathId));
  return (
    <PageSection title={t('training.yourPaths')}>
      <CardGrid minCardWidth={300}>
        {ordered.map((path) => (
          <li key={path.id}>
            <PathCard path={path} highlight={path.id === recommendation?.pathId ? t(recommendation.reason === 'continue' ? 'training.continue' : 'training.recommended') : undefined} />
          </li>
        ))}
      </CardGrid>
    </PageSection>
  );
}

/** Training: every path with the person's progress. */
export function TrainingPage() {
  const state = useApi((client, signal) => fetchTraining(client, signal));
  const { t } = useTranslation();
  return (
    <Page title={t('training.title')} description={t('training.description')}>
      {state.status === 'loading' && <LoadingState label={t('training.loading')} />}
      {state.status === 'error' && <ErrorState title={t('training.loadError')} error={state.error} onRetry={state.retry} />}
      {state.status === 'success' && <Paths overview={state.data} />}
    </Page>
  );
}
