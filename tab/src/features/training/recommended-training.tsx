import { Body1, Button, Caption1, Field, makeStyles, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { HatGraduationRegular } from '@fluentui/react-icons';
import { useNavigate } from 'react-router-dom';
import { IconTile } from '../../components/icon-tile';
import { PageSection } from '../../components/page';
import { cardSurface } from '../../components/surface';
import { useApi } from '../../lib/use-api';
import { fetchTraining } from './api';
import { formatDuration, formatPercent } from './labels';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  card: { ...cardSurface, gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Home's training suggestion: the path the person is in the middle of, else the one for their role
 * and experience, with the next module. Home stays useful without it, so failures hide it.
 */
export function RecommendedTraining() {
  const styles = useStyles();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const state = useApi((client, signal) => fetchTraining(client, signal));
  if (state.status !== 'success' || state.data.recommendation === null) return null;
  const rec = state.data.recommendation;
  const path = state.data.paths.find((p) => p.id === rec.pathId);
  if (path === undefined) return null;
  const next = path.modules.find((m) => m.id === path.progress.nextModuleId);
  const to = `/training/${encodeURIComponent(path.id)}`;
  return (
    <PageSection title={t(rec.reason === 'continue' ? 'training.recommendation.continueTitle' : 'training.recommendation.recommendedTitle')}>
      <div className={styles.card}>
        <div className={styles.top}>
          <IconTile>
            <HatGraduationRegular />
          </IconTile>
          <div className={styles.titles}>
            <Subtitle2 as="h3" className={styles.title}>
              {path.title}
            </Subtitle2>
            <Caption1 className={styles.muted}>{rec.because}</Caption1>
          </div>
        </div>
        <Field validationMessage={t('training.modulesDone', { done: path.progress.done, count: path.progress.total })} validationState="none">
          <ProgressBar value={path.progress.percent / 100} thickness="large" aria-label={t('training.progressLabel', { title: path.title, percent: formatPercent(path.progress.percent) })} />
        </Field>
        {next !== undefined && (
          <Body1 as="p" className={styles.muted}>
            {t('training.recommendation.nextUp')} <strong>{next.title}</strong> · {t(`training.kind.${next.kind}`)} · {formatDuration(next.minutes, t)}
          </Body1>
        )}
        <div className={styles.actions}>
          {/* A button, not a link: Home's links are its page cards (one per page). */}
          <Button appearance="primary" onClick={() => navigate(to)}>
            {t(path.progress.done > 0 ? 'training.recommendation.continuePath' : 'training.recommendation.startPath')}
          </Button>
        </div>
      </div>
    </PageSection>
  );
}
