import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { HatGraduationRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useNavigate } from '../../lib/router';
import { IconTile } from '../../components/icon-tile';
import { PageSection } from '../../components/page';
import { cardSurface } from '../../components/surface';
import { fromEarly } from '../../lib/early-request';
import { useApi } from '../../lib/use-api';
import { formatDuration, formatPercent } from './labels';
import { useTranslation } from '../../lib/translation';
import { fetchRecommended } from './recommended-api';

const useStyles = makeStyles({
  card: { ...cardSurface, gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Fluent's large ProgressBar drawn as two boxes: Field and ProgressBar with its motion would add
  // about 9 KB to Home for one bar (docs/tab-speed.md).
  // The outline is transparent in light and dark and drawn in high contrast, where the track's fill is the page's black.
  track: { height: '4px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground6, overflow: 'hidden', outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}` },
  bar: { height: '100%', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorCompoundBrandBackground, '@media (forced-colors: active)': { backgroundColor: 'Highlight' } },
  meter: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  caption: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Home's training suggestion: the path the person is in the middle of, else the one for their role
 * and experience, with the next module. Home stays useful without it, so failures hide it.
 */
export function RecommendedTraining() {
  const styles = useStyles();
  const navigate = useNavigate();
  const captionId = useId();
  const { t } = useTranslation();
  const state = useApi(fromEarly(fetchRecommended));
  if (state.status !== 'success' || state.data.recommended === null) return null;
  const rec = state.data.recommended;
  const { path, progress, next } = rec;
  const percent = Math.min(100, Math.max(0, progress.percent));
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
        <div className={styles.meter}>
          <div
            className={styles.track}
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-label={t('training.progressLabel', { title: path.title, percent: formatPercent(percent) })}
            aria-describedby={captionId}
          >
            <div className={styles.bar} style={{ width: `${percent}%` }} />
          </div>
          <Caption1 id={captionId} className={styles.caption}>{t('training.modulesDone', { done: progress.done, count: progress.total })}</Caption1>
        </div>
        {next !== null && (
          <Body1 as="p" className={styles.muted}>
            {t('training.recommendation.nextUp')} <strong>{next.title}</strong> · {t(`training.kind.${next.kind}`)} · {formatDuration(next.minutes, t)}
          </Body1>
        )}
        <div className={styles.actions}>
          {/* A button, not a link: Home's links are its page cards (one per page). */}
          <Button appearance="primary" onClick={() => navigate(to)}>
            {t(progress.done > 0 ? 'training.recommendation.continuePath' : 'training.recommendation.startPath')}
          </Button>
        </div>
      </div>
    </PageSection>
  );
}
