import { Badge, Body1, Caption1, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { RibbonStarFilled } from '@fluentui/react-icons';
import { ListCard } from '../../components/list-card';
import type { TrainingPath } from './api';
import { formatDuration, formatPercent } from './labels';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  // Takes the spare height, so the progress bars of a grid row line up.
  summary: { margin: 0, color: tokens.colorNeutralForeground2, flexGrow: 1 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** A path in the list: who it is for, how far the person got, and a badge once finished. */
export function PathCard({ path, highlight }: { readonly path: TrainingPath; readonly highlight?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const minutes = path.modules.reduce((n, m) => n + m.minutes, 0);
  const { progress } = path;
  return (
    <ListCard
      to={`/training/${encodeURIComponent(path.id)}`}
      title={path.title}
      badges={
        <>
          {highlight !== undefined && (
            <Badge appearance="filled" color="brand">
              {highlight}
            </Badge>
          )}
          <Badge appearance="tint" color="informative">
            {t(`training.audience.${path.audience}`)}
          </Badge>
          <Badge appearance="outline" color="informative">
            {t(`training.level.${path.level}`)}
          </Badge>
          {progress.completedAt !== null && (
            <Badge appearance="filled" color="success" icon={<RibbonStarFilled />}>
              {t('training.completed')}
            </Badge>
          )}
        </>
      }
    >
      <Body1 as="p" className={styles.summary}>
        {path.summary}
      </Body1>
      <Field validationMessage={t('training.modulesDone', { done: progress.done, count: progress.total })} validationState="none">
        <ProgressBar value={progress.percent / 100} thickness="large" color={progress.completedAt !== null ? 'success' : 'brand'} aria-label={t('training.progressLabel', { title: path.title, percent: formatPercent(progress.percent) })} />
      </Field>
      <Caption1 className={styles.meta}>
        {t('training.pathMeta', { percent: formatPercent(progress.percent), count: path.modules.length, duration: formatDuration(minutes, t) })}
      </Caption1>
    </ListCard>
  );
}
